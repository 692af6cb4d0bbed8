// Sets recomputed properties on relationships found by element id (after a report's support is taken out).
// Parameters: rows: list of {rid: string, props: map}. Returns: updated (integer).
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.rid
SET r += row.props
RETURN count(*) AS updated

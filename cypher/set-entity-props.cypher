// Sets the computed properties of entities this transaction has locked (lock-entities).
// Parameters: rows: list of {id: string, props: map}. Returns: written (integer).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
RETURN count(*) AS written

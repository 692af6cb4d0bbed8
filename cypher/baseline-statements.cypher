// The import bench's bare baseline (bench/baseline.ts), not used by the importer: a source's statements CREATEd and
// linked to it, as the importer's create-statements does but without MERGE on their ids.
// Parameters: source: string (a Report or TwinList id); rows: list of {props: map}. Returns: written (integer).
MATCH (src:Source {id: $source})
UNWIND $rows AS row
CREATE (s:Statement)-[:STATED_IN]->(src)
SET s += row.props
RETURN count(*) AS written

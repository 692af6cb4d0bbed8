// The import bench's bare baseline (bench/baseline.ts), not used by the importer: facts MERGEd on their identity
// (ends, type, key) between :Entity nodes, the source's own summary SET, no statements read.
// Parameters: rows: list of {type: string (a relation kind from the model's allow-list), source, target, key: string,
//   props: map}. Returns: written (integer).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += row.props
RETURN count(*) AS written

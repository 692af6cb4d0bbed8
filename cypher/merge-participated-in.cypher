// Creates or updates PARTICIPATED_IN relationships by identity (source, target, key); directed.
// Parameters: rows: list of {source: string, target: string, key: string, props: map}, props being the final
// properties (year, month, status, confidence, reports, sources, evidence).
// Returns: written (integer, the rows whose two ends exist).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:PARTICIPATED_IN {key: row.key}]->(b)
SET r += row.props
RETURN count(*) AS written

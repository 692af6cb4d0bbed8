// Creates or updates CONTACT relationships by identity (source, target, key); symmetric: stored once with source id < target id, read undirected.
// Parameters: rows: list of {source: string, target: string, key: string, props: map}, props being the final
// properties (year, month, status, confidence, reports, sources, evidence).
// Returns: written (integer, the rows whose two ends exist).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:CONTACT {key: row.key}]->(b)
SET r += row.props
RETURN count(*) AS written

// The facts with these identities, with their properties. The type is a filter here, not a pattern.
// Parameters: rows: list of {type: string, source: string, target: string, key: string}.
// Returns: type (string), source (string), target (string), key (string), props (map).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
// A pattern comprehension over two bound ends runs as Expand(Into) between them, from the end with fewer
// relationships, where a MATCH may be planned to walk every relationship of one end (a country's thousands).
UNWIND [(a)-[r]->(b) WHERE type(r) = row.type AND r.key = row.key | r] AS r
RETURN row.type AS type, row.source AS source, row.target AS target, row.key AS key, properties(r) AS props

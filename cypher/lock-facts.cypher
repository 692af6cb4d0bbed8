// Creates the facts (typed relationships) a source states that the graph lacks, on identity keys only (ends, type,
// key), and takes a write lock on each (rows come sorted), so their summaries are derived from their statements by
// one transaction at a time.
// Parameters: rows: list of {type: string (a relation kind from the model's allow-list), source, target, key: string,
//   fact: string (the fact's identity), fixed: map (year, month, status the key fixes; set on creation only)}.
// Returns: fact (string), rid (element id), known (boolean: some statement stated it before).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
ON CREATE SET r += row.fixed
SET r.evidence = coalesce(r.evidence, [])
RETURN row.fact AS fact, elementId(r) AS rid, size(r.evidence) > 0 AS known

// Takes a write lock on existing facts by identity (before their statements change), in the given order.
// Parameters: rows: list of {type, source, target, key, fact: string}. Returns: fact (string), rid (element id).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r {key: row.key}]->(b:Entity {id: row.target})
WHERE type(r) = row.type
SET r.evidence = coalesce(r.evidence, [])
RETURN row.fact AS fact, elementId(r) AS rid

// Takes a write lock on existing facts by identity (before their statements change), in the given order.
// Parameters: rows: list of {type, source, target, key, fact: string}. Returns: fact (string), rid (element id).
// CYPHER replan=skip: the plan is fixed by index seeks (hinted where the index is not unique), so it does not get
// better as the graph grows; re-planning it after the graph's counts moved made the first removal from a grown
// graph pay for planning (1-2 s under load).
CYPHER replan=skip
UNWIND $rows AS row
// From the ends' unique index (the hints), whatever the statistics the plan was made with.
MATCH (a:Entity {id: row.source})-[r {key: row.key}]->(b:Entity {id: row.target})
USING INDEX a:Entity(id)
USING INDEX b:Entity(id)
WHERE type(r) = row.type
// Writing a property is what takes the lock; the value stays as it was.
SET r.statementCount = coalesce(r.statementCount, 0)
RETURN row.fact AS fact, elementId(r) AS rid

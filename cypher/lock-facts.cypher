// Creates the facts (typed relationships) the graph lacks, on identity keys only (ends, type, key), and takes a write
// lock on each (rows come sorted), so their summaries change one transaction at a time: the migration's, which then
// re-derives them from statements (an import creates, locks and sums up in one statement: merge-facts.cypher).
// Parameters: rows: list of {type: string (a relation kind from the model's allow-list), source, target, key: string,
//   fact: string (the fact's identity), fixed: map (year, month, status the key fixes; set on creation only)}.
// Returns: fact (string), rid (element id), known (boolean: some statement stated it before).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
// One MERGE per relation kind, its type written out (the model's allow-list, neo4j/model/kinds.ts): with the type
// given as `$(row.type)` Neo4j 5.26 plans the MERGE as a scan of every relationship in the graph for each row, which
// made a twin list's first batch quadratic (tens of millions of db hits); a written type is an Expand(Into).
CALL (row, a, b) {
  WITH * WHERE row.type = 'TWIN' MERGE (a)-[r:TWIN {key: row.key}]->(b) RETURN r
  UNION ALL
  WITH * WHERE row.type = 'AGREEMENT' MERGE (a)-[r:AGREEMENT {key: row.key}]->(b) RETURN r
  UNION ALL
  WITH * WHERE row.type = 'VISIT' MERGE (a)-[r:VISIT {key: row.key}]->(b) RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PARTNER' MERGE (a)-[r:PARTNER {key: row.key}]->(b) RETURN r
  UNION ALL
  WITH * WHERE row.type = 'CONTACT' MERGE (a)-[r:CONTACT {key: row.key}]->(b) RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PARTICIPATED_IN' MERGE (a)-[r:PARTICIPATED_IN {key: row.key}]->(b) RETURN r
  UNION ALL
  WITH * WHERE row.type = 'HELD_IN' MERGE (a)-[r:HELD_IN {key: row.key}]->(b) RETURN r
  UNION ALL
  WITH * WHERE row.type = 'LOCATED_IN' MERGE (a)-[r:LOCATED_IN {key: row.key}]->(b) RETURN r
}
WITH row, r, r.statementCount IS NULL AS created
// Writing a property is what takes the lock; a fact that was there keeps its values.
SET r += CASE WHEN created THEN row.fixed ELSE {} END,
    r.statementCount = coalesce(r.statementCount, 0),
    r.sources = coalesce(r.sources, [])
RETURN row.fact AS fact, elementId(r) AS rid, r.statementCount > 0 AS known

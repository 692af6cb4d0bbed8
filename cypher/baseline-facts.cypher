// The import bench's bare baseline (bench/baseline.ts), not used by the importer: facts MERGEd on their identity
// (ends, type, key) between :Entity nodes, the source's own summary SET, no statements read.
// Parameters: rows: list of {type: string (a relation kind from the model's allow-list), source, target, key: string,
//   props: map}. Returns: written (integer).
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
// One MERGE per relation kind, its type written out (the model's allow-list, neo4j/model/kinds.ts): with the type
// given as `$(row.type)` Neo4j 5.26 plans the MERGE as a scan of every relationship in the graph for each row, which
// is quadratic in a big batch; a written type is an Expand(Into), as in the importer's lock-facts.
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
SET r += row.props
RETURN count(*) AS written

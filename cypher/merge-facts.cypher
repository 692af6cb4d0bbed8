// Creates the facts (typed relationships) a source states that the graph lacks, on identity keys only (ends, type,
// key), takes a write lock on each (rows come sorted, so two imports lock shared facts in one order) and folds the
// source's new statements into their summaries, from those statements alone (what the JS summed up per fact), so
// the cost of a write never grows with how many other sources state the same facts: statementCount, reports and
// sources (new ones appended), confidence (the highest), firstYear, lastYear, and year/month when the key does not
// fix them (the earliest dated statement; month: the earliest month stated in that year). One statement for what
// were a lock and a fold: the fact is found once, and the import pays one round trip fewer.
// Parameters: rows: list of {type: string (a relation kind from the model's allow-list), source, target, key: string,
//   fact: string (the fact's identity), fixed: map (year, month, status the key fixes; set on creation only),
//   fixedYear, fixedMonth: boolean, count: integer (0 when none of its statements is new), reports, sources: lists
//   of strings, confidence: float or null, firstYear, lastYear: integer or null, monthByYear: list of
//   {year: integer, month: integer} (each year the new statements date with a month, its earliest month)}.
// Returns: fact (string), known (boolean: some statement stated it before this source's new ones).
// CYPHER replan=skip: the plan is fixed by unique-index seeks and written relationship types, so it does not get
// better as the graph grows, while re-planning it each time the graph's counts move far enough (several times in a
// big import) cost more than running it; Neo4j plans it once and keeps that plan.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
// One MERGE per relation kind, its type written out (the model's allow-list, neo4j/model/kinds.ts): with the type
// given as `$(row.type)` Neo4j 5.26 plans the MERGE as a scan of every relationship in the graph for each row, which
// made a twin list's first batch quadratic (tens of millions of db hits); a written type is an Expand(Into).
CALL (row, a, b) {
  WITH * WHERE row.type = 'TWIN' MERGE (a)-[r:TWIN {key: row.key}]->(b) ON CREATE SET r += row.fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'AGREEMENT' MERGE (a)-[r:AGREEMENT {key: row.key}]->(b) ON CREATE SET r += row.fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'VISIT' MERGE (a)-[r:VISIT {key: row.key}]->(b) ON CREATE SET r += row.fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PARTNER' MERGE (a)-[r:PARTNER {key: row.key}]->(b) ON CREATE SET r += row.fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'CONTACT' MERGE (a)-[r:CONTACT {key: row.key}]->(b) ON CREATE SET r += row.fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PARTICIPATED_IN' MERGE (a)-[r:PARTICIPATED_IN {key: row.key}]->(b) ON CREATE SET r += row.fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'HELD_IN' MERGE (a)-[r:HELD_IN {key: row.key}]->(b) ON CREATE SET r += row.fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'LOCATED_IN' MERGE (a)-[r:LOCATED_IN {key: row.key}]->(b) ON CREATE SET r += row.fixed RETURN r
}
// The lock first: Cypher takes it before evaluating a SET that reads the property, and every summary value below is
// read after it (a value read before the lock could be stale, and another import's statements lost from the sum).
SET r.statementCount = coalesce(r.statementCount, 0) + row.count
WITH row, r,
     row.firstYear IS NOT NULL AND (r.firstYear IS NULL OR row.firstYear < r.firstYear) AS earlier,
     coalesce(r.reports, []) AS reports, coalesce(r.sources, []) AS sources
WITH row, r, earlier, reports, sources,
     CASE WHEN row.fixedYear OR NOT earlier THEN r.year ELSE row.firstYear END AS year
// The month of the fact's year: the new statements' earliest in that year, when earlier than the one held (or the
// year itself is new to the fact).
WITH row, r, earlier, reports, sources, year,
     head([m IN row.monthByYear WHERE m.year = year | m.month]) AS newMonth,
     earlier AND NOT row.fixedYear AS yearMoved
SET r.reports = reports + [x IN row.reports WHERE NOT x IN reports],
    r.sources = sources + [x IN row.sources WHERE NOT x IN sources],
    r.confidence = CASE WHEN row.confidence IS NOT NULL AND (r.confidence IS NULL OR row.confidence > r.confidence) THEN row.confidence ELSE r.confidence END,
    r.firstYear = CASE WHEN earlier THEN row.firstYear ELSE r.firstYear END,
    r.lastYear = CASE WHEN row.lastYear IS NOT NULL AND (r.lastYear IS NULL OR row.lastYear > r.lastYear) THEN row.lastYear ELSE r.lastYear END,
    r.year = year,
    r.month = CASE WHEN row.fixedMonth THEN r.month
                   WHEN yearMoved THEN newMonth
                   WHEN newMonth IS NOT NULL AND (r.month IS NULL OR newMonth < r.month) THEN newMonth
                   ELSE r.month END
RETURN row.fact AS fact, r.statementCount > row.count AS known

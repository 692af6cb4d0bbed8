// Creates the facts (typed relationships) a source states that the graph lacks, on identity keys only (ends, type,
// key), takes a write lock on each (rows come sorted, so two imports lock shared facts in one order) and folds the
// source's new statements into their summaries, from those statements alone (what the JS summed up per fact), so
// the cost of a write never grows with how many other sources state the same facts: statementCount, sources (the
// kinds of source: 'report', `csv:<file>`; new ones appended, so the list stays as short as the kinds), confidence (the highest), firstYear, lastYear, and year/month when the key does not
// fix them (the earliest dated statement; month: the earliest month stated in that year). One statement for what
// were a lock and a fold: the fact is found once, and the import pays one round trip fewer.
// Parameters: rows: list of {type: string (a relation kind from the model's allow-list), source, target: string,
//   key: string (absent: ''), fixed: map (year, month, status the key fixes; set on creation only; absent: none),
//   fixedYear, fixedMonth: boolean (absent: false), count: integer (0 when none of its statements is new), sources:
//   list of strings (absent: $sources), confidence: float, firstYear, lastYear: integer (absent:
//   none), monthByYear: list of {year: integer, month: integer} (each year the new statements date with a month, its
//   earliest month; absent: none)}; sources: list of strings (what most rows add).
// Returns one row: merged (integer: rows merged), known (list of integers: the indexes in $rows of the facts some
//   statement stated before this source's new ones).
// CYPHER replan=skip: the plan is fixed by unique-index seeks and written relationship types, so it does not get
// better as the graph grows, while re-planning it each time the graph's counts move far enough (several times in a
// big import) cost more than running it; Neo4j plans it once and keeps that plan.
CYPHER replan=skip
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
WITH i, row, a, b, coalesce(row.key, '') AS key, coalesce(row.fixed, {}) AS fixed
// One MERGE per relation kind, its type written out (the model's allow-list, neo4j/model/kinds.ts): with the type
// given as `$(row.type)` Neo4j 5.26 plans the MERGE as a scan of every relationship in the graph for each row, which
// made a twin list's first batch quadratic (tens of millions of db hits); a written type is an Expand(Into).
CALL (row, a, b, key, fixed) {
  WITH * WHERE row.type = 'TWIN' MERGE (a)-[r:TWIN {key: key}]->(b) ON CREATE SET r += fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'AGREEMENT' MERGE (a)-[r:AGREEMENT {key: key}]->(b) ON CREATE SET r += fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'VISIT' MERGE (a)-[r:VISIT {key: key}]->(b) ON CREATE SET r += fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PARTNER' MERGE (a)-[r:PARTNER {key: key}]->(b) ON CREATE SET r += fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'CONTACT' MERGE (a)-[r:CONTACT {key: key}]->(b) ON CREATE SET r += fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PARTICIPATED_IN' MERGE (a)-[r:PARTICIPATED_IN {key: key}]->(b) ON CREATE SET r += fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'HELD_IN' MERGE (a)-[r:HELD_IN {key: key}]->(b) ON CREATE SET r += fixed RETURN r
  UNION ALL
  WITH * WHERE row.type = 'LOCATED_IN' MERGE (a)-[r:LOCATED_IN {key: key}]->(b) ON CREATE SET r += fixed RETURN r
}
// The lock first: Cypher takes it before evaluating a SET that reads the property, and every summary value below is
// read after it (a value read before the lock could be stale, and another import's statements lost from the sum).
SET r.statementCount = coalesce(r.statementCount, 0) + row.count
WITH i, row, r, coalesce(row.fixedYear, false) AS fixedYear, coalesce(row.fixedMonth, false) AS fixedMonth,
     row.firstYear IS NOT NULL AND (r.firstYear IS NULL OR row.firstYear < r.firstYear) AS earlier,
     coalesce(r.sources, []) AS sources
WITH i, row, r, fixedMonth, earlier, sources, fixedYear,
     CASE WHEN fixedYear OR NOT earlier THEN r.year ELSE row.firstYear END AS year
// The month of the fact's year: the new statements' earliest in that year, when earlier than the one held (or the
// year itself is new to the fact).
WITH i, row, r, fixedMonth, earlier, sources, year,
     head([m IN coalesce(row.monthByYear, []) WHERE m.year = year | m.month]) AS newMonth,
     earlier AND NOT fixedYear AS yearMoved
SET r.sources = sources + [x IN coalesce(row.sources, $sources) WHERE NOT x IN sources],
    r.confidence = CASE WHEN row.confidence IS NOT NULL AND (r.confidence IS NULL OR row.confidence > r.confidence) THEN row.confidence ELSE r.confidence END,
    r.firstYear = CASE WHEN earlier THEN row.firstYear ELSE r.firstYear END,
    r.lastYear = CASE WHEN row.lastYear IS NOT NULL AND (r.lastYear IS NULL OR row.lastYear > r.lastYear) THEN row.lastYear ELSE r.lastYear END,
    r.year = year,
    r.month = CASE WHEN fixedMonth THEN r.month
                   WHEN yearMoved THEN newMonth
                   WHEN newMonth IS NOT NULL AND (r.month IS NULL OR newMonth < r.month) THEN newMonth
                   ELSE r.month END
// One row, not one per fact: most of a twin list's facts are new, and their identities were most of the answer.
RETURN count(*) AS merged, collect(CASE WHEN r.statementCount > row.count THEN i END) AS known

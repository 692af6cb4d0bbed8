// Re-derives each locked fact's summary from the statements it has left (after a removal, or in the migration):
// sources (the kinds of source still stating it, in the order held; any new to the summary after them, in year order),
// confidence (the highest), statementCount, firstYear, lastYear, and year/month when the key does not fix them (the
// earliest dated statement; month: the earliest stated in that year). Reads each statement's few summary properties,
// never its evidence text, and sums them up per year in the database's aggregation rather than sorting them all: a fact
// 200 reports state is 200 statements, and a removal refreshes every fact its report stated. A fact no statement
// supports any more is deleted. The evidence list facts held before the statement model goes (evidence lives on statements).
// Parameters: facts: list of {fact: string, rid: element id, source, target: its ends' ids, fixedYear: boolean, fixedMonth: boolean}.
// Returns: deleted (integer: facts deleted), refreshed (integer).
// CYPHER replan=skip: the plan is fixed by index seeks (hinted where the index is not unique), so it does not get
// better as the graph grows; re-planning it after the graph's counts moved made the first removal from a grown
// graph pay for planning (1-2 s under load).
CYPHER replan=skip
UNWIND $facts AS f
// Found from its ends' unique index (the hints): by element id alone, a plan made while the graph was small or empty
// scans every relationship of the graph for each row.
MATCH (a:Entity {id: f.source})-[r]->(b:Entity {id: f.target})
USING INDEX a:Entity(id)
USING INDEX b:Entity(id)
WHERE elementId(r) = f.rid
// One row per year the statements date (the undated last), each with its count, highest confidence, earliest month
// and sources; with no statement left, one row counting none.
CALL (f) {
  OPTIONAL MATCH (s:Statement {fact: f.fact})
  USING INDEX s:Statement(fact)
  WITH s.year AS year, count(s) AS n, max(s.confidence) AS confidence, min(s.month) AS month, collect(DISTINCT s.source) AS sources
  ORDER BY year
  RETURN collect({year: year, n: n, confidence: confidence, month: month, sources: sources}) AS years
}
WITH r, f, [y IN years WHERE y.year IS NOT NULL] AS dated, reduce(n = 0, y IN years | n + y.n) AS stated,
     reduce(m = null, y IN years | CASE WHEN y.confidence IS NOT NULL AND (m IS NULL OR y.confidence > m) THEN y.confidence ELSE m END) AS confidence,
     reduce(acc = [], y IN years | acc + [x IN y.sources WHERE NOT x IN acc]) AS sources
WITH r, f, dated, stated, confidence, sources, CASE WHEN f.fixedYear THEN r.year ELSE head(dated).year END AS year,
     [x IN coalesce(r.sources, []) WHERE x IN sources] AS keptSources
SET r.sources = keptSources + [x IN sources WHERE NOT x IN keptSources],
    r.confidence = confidence,
    r.statementCount = stated,
    r.firstYear = head(dated).year,
    r.lastYear = last(dated).year,
    r.year = year,
    r.month = CASE WHEN f.fixedMonth THEN r.month ELSE head([y IN dated WHERE y.year = year | y.month]) END
REMOVE r.evidence
WITH r, stated = 0 AS unstated
CALL (r, unstated) {
  WITH * WHERE unstated
  DELETE r
}
RETURN count(CASE WHEN unstated THEN 1 END) AS deleted, count(*) AS refreshed

// Derives each locked fact's summary from its statements (in time order): evidence, reports, sources, confidence
// (the highest), statementCount, firstYear, lastYear, and year/month when the key does not fix them (the earliest
// dated statement). A fact no statement supports any more is deleted.
// Parameters: facts: list of {fact: string, rid: element id, fixedYear: boolean, fixedMonth: boolean}.
// Returns: deleted (integer: facts deleted), refreshed (integer).
UNWIND $facts AS f
MATCH ()-[r]->()
WHERE elementId(r) = f.rid
CALL (f) {
  OPTIONAL MATCH (s:Statement {fact: f.fact})
  WITH s ORDER BY s.year, s.month, s.support, s.seq
  RETURN collect(s) AS ss
}
WITH r, f, ss, [s IN ss WHERE s.year IS NOT NULL] AS dated
WITH r, f, ss, dated, CASE WHEN f.fixedYear THEN r.year ELSE head(dated).year END AS year
SET r.evidence = [s IN ss | s.evidence],
    r.reports = reduce(acc = [], s IN ss | CASE WHEN s.support IN acc THEN acc ELSE acc + s.support END),
    r.sources = reduce(acc = [], s IN ss | CASE WHEN s.source IN acc THEN acc ELSE acc + s.source END),
    r.confidence = reduce(m = null, s IN ss | CASE WHEN s.confidence IS NOT NULL AND (m IS NULL OR s.confidence > m) THEN s.confidence ELSE m END),
    r.statementCount = size(ss),
    r.firstYear = head(dated).year,
    r.lastYear = last(dated).year,
    r.year = year,
    r.month = CASE WHEN f.fixedMonth THEN r.month ELSE head([s IN dated WHERE s.year = year AND s.month IS NOT NULL | s.month]) END
WITH r, size(ss) = 0 AS unstated
CALL (r, unstated) {
  WITH * WHERE unstated
  DELETE r
}
RETURN count(CASE WHEN unstated THEN 1 END) AS deleted, count(*) AS refreshed

// Re-derives each locked fact's summary from the statements it has left (after a removal, or in the migration):
// sources (the kinds of source still stating it, in the order held; any new to the summary after them), confidence (the
// highest), statementCount, firstYear, lastYear, and year/month when the key does not fix them (the earliest dated
// statement). Reads each statement's few summary properties, never its evidence text. A fact no statement supports
// any more is deleted. The evidence list facts held before the statement model goes (evidence lives on statements).
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
CALL (f) {
  OPTIONAL MATCH (s:Statement {fact: f.fact})
  USING INDEX s:Statement(fact)
  WITH s ORDER BY s.year, s.month, s.support, s.seq
  RETURN collect(s {.support, .source, .confidence, .year, .month}) AS ss
}
WITH r, f, ss, [s IN ss WHERE s.year IS NOT NULL] AS dated,
     reduce(acc = [], s IN ss | CASE WHEN s.source IN acc THEN acc ELSE acc + s.source END) AS sources
WITH r, f, ss, dated, sources, CASE WHEN f.fixedYear THEN r.year ELSE head(dated).year END AS year,
     [x IN coalesce(r.sources, []) WHERE x IN sources] AS keptSources
SET r.sources = keptSources + [x IN sources WHERE NOT x IN keptSources],
    r.confidence = reduce(m = null, s IN ss | CASE WHEN s.confidence IS NOT NULL AND (m IS NULL OR s.confidence > m) THEN s.confidence ELSE m END),
    r.statementCount = size(ss),
    r.firstYear = head(dated).year,
    r.lastYear = last(dated).year,
    r.year = year,
    r.month = CASE WHEN f.fixedMonth THEN r.month ELSE head([s IN dated WHERE s.year = year AND s.month IS NOT NULL | s.month]) END
REMOVE r.evidence
WITH r, size(ss) = 0 AS unstated
CALL (r, unstated) {
  WITH * WHERE unstated
  DELETE r
}
RETURN count(CASE WHEN unstated THEN 1 END) AS deleted, count(*) AS refreshed

// Records what one source states: a Statement node per (fact, evidence), linked to its source. Only this source's own
// statements are written, and only those not there yet (a rerun of an interrupted twin list, or a city's LOCATED_IN
// that an earlier batch of the list stated, adds nothing twice); the ids written come back, so the facts' summaries
// count each statement once.
// Parameters: source: string (the id of the Report or TwinList, both :Source); common: map (the values most
//   statements share, sent once); rows: list of maps, each a statement's id and its own values, null where it lacks
//   one of common's (id, fact, support, source, evidence, quote, start, end, line, year, month, status, confidence,
//   seq: import/graph/shared-values.ts).
// Returns: id (string: a statement that was there already, so not written now).
// CYPHER replan=skip: the plan is fixed by unique-index seeks, so it does not get better as the graph grows,
// while re-planning it each time the graph's counts move far enough (several times in a big import) cost more
// than running it; Neo4j plans it once and keeps that plan.
CYPHER replan=skip
MATCH (src:Source {id: $source})
UNWIND $rows AS row
OPTIONAL MATCH (old:Statement {id: row.id})
CALL (src, row, old) {
  WITH * WHERE old IS NULL
  CREATE (s:Statement)-[:STATED_IN]->(src)
  SET s = $common, s += row
}
// Only the statements skipped come back: on a first import, none (the ids were the largest part of the answer).
WITH row WHERE old IS NOT NULL
RETURN row.id AS id

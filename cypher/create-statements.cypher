// Records what one source states: a Statement node per (fact, evidence), linked to its source. Only this source's own
// statements are written (MERGE on their ids, so a rerun of an interrupted twin list adds nothing twice).
// Parameters: source: string (the id of the Report or TwinList, both :Source); rows: list of {id: string, props: map
//   (fact, support, source, evidence, quote, start, end, line, year, month, status, confidence, seq)}.
// Returns: written (integer).
MATCH (src:Source {id: $source})
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
ON CREATE SET s += row.props
MERGE (s)-[:STATED_IN]->(src)
RETURN count(*) AS written

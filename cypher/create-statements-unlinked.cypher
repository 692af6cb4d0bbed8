// Like create-statements, for the migration: links each statement to its source when that node exists (a report
// removed before the statement model may have left evidence behind).
// Parameters: source: string; rows: list of {id: string, props: map}. Returns: written (integer).
OPTIONAL MATCH (src:Source {id: $source})
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
ON CREATE SET s += row.props
FOREACH (_ IN CASE WHEN src IS NULL THEN [] ELSE [1] END | MERGE (s)-[:STATED_IN]->(src))
RETURN count(*) AS written

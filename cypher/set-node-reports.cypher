// Sets the supports left on nodes after a report is taken out.
// Parameters: rows: list of {id: string, reports: list of strings}. Returns: updated (integer).
UNWIND $rows AS row
MATCH (n:City|Region|Country|Institution|Event|Person {id: row.id})
SET n.reports = row.reports
RETURN count(*) AS updated

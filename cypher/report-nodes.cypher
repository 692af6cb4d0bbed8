// The nodes a report supports (its id in their `reports`).
// Parameters: reportId: string. Returns: id (string), reports (list of strings).
MATCH (rep:Report {id: $reportId})
UNWIND rep.entityIds AS eid
MATCH (n:City|Region|Country|Institution|Event|Person {id: eid})
WHERE $reportId IN n.reports
RETURN n.id AS id, n.reports AS reports

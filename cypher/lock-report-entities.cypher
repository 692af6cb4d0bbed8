// Takes a write lock on the entities a report names (sorted by id), before their `reports` lose it.
// Parameters: reportId: string. Returns: id (string).
MATCH (rep:Report {id: $reportId})
UNWIND rep.entityIds AS eid
WITH eid ORDER BY eid
MATCH (n:Entity {id: eid})
SET n.reports = coalesce(n.reports, [])
RETURN n.id AS id

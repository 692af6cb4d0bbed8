// Takes a write lock on the entities a report names (sorted by id), before their `reports` lose it.
// Parameters: reportId: string. Returns: id (string).
// CYPHER replan=skip: the plan is fixed by index seeks (hinted where the index is not unique), so it does not get
// better as the graph grows; re-planning it after the graph's counts moved made the first removal from a grown
// graph pay for planning (1-2 s under load).
CYPHER replan=skip
MATCH (rep:Report {id: $reportId})
UNWIND rep.entityIds AS eid
WITH eid ORDER BY eid
MATCH (n:Entity {id: eid})
SET n.reports = coalesce(n.reports, [])
RETURN n.id AS id

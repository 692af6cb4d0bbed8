// The relationships a report supports (its id in their `reports`), found through the nodes it supports.
// Parameters: reportId: string.
// Returns: rid (element id), type (string), source (string), target (string), key (string), props (map).
MATCH (rep:Report {id: $reportId})
UNWIND rep.entityIds AS eid
MATCH (n:City|Region|Country|Institution|Event|Person {id: eid})-[r]-()
WHERE $reportId IN r.reports
WITH DISTINCT r
RETURN elementId(r) AS rid, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r.key AS key,
       properties(r) AS props

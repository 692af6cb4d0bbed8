// Takes a write lock on the entities a source names (sorted by id, the order imports lock them in), before it stops
// naming them (remove-entities.cypher).
// Parameters: reportId: string (the source). Returns: id (string).
// CYPHER replan=skip: the plan is fixed by index seeks (hinted where the index is not unique), so it does not get
// better as the graph grows; re-planning it after the graph's counts moved made the first removal from a grown
// graph pay for planning (1-2 s under load).
CYPHER replan=skip
MATCH (m:Mention {support: $reportId})
USING INDEX m:Mention(support)
WITH m.entity AS eid ORDER BY eid
MATCH (n:Entity {id: eid})
// Setting the id it has takes the node's write lock and changes nothing.
SET n.id = eid
RETURN n.id AS id

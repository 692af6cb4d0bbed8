// Removes one Report node (its facts are taken out first).
// Parameters: id: string. Returns: deleted (integer).
// CYPHER replan=skip: the plan is fixed by index seeks (hinted where the index is not unique), so it does not get
// better as the graph grows; re-planning it after the graph's counts moved made the first removal from a grown
// graph pay for planning (1-2 s under load).
CYPHER replan=skip
MATCH (r:Report {id: $id})
DELETE r
RETURN count(*) AS deleted

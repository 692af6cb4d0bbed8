// Removes one source from locked entities' `reports`, and the entities nothing supports any more (no source, no fact).
// Parameters: ids: list of strings; source: string. Returns: deleted (integer).
// CYPHER replan=skip: the plan is fixed by index seeks (hinted where the index is not unique), so it does not get
// better as the graph grows; re-planning it after the graph's counts moved made the first removal from a grown
// graph pay for planning (1-2 s under load).
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.reports = [x IN n.reports WHERE x <> $source]
WITH n WHERE size(n.reports) = 0 AND NOT (n)--()
DELETE n
RETURN count(*) AS deleted

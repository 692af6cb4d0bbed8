// Deletes the nodes among these that nothing supports any more: no report or list, no relationship.
// Parameters: ids: list of strings. Returns: deleted (integer).
UNWIND $ids AS id
MATCH (n:City|Region|Country|Institution|Event|Person {id: id})
WHERE size(coalesce(n.reports, [])) = 0 AND NOT (n)--()
DELETE n
RETURN count(*) AS deleted

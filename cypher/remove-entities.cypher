// Removes one source from locked entities' `reports`, and the entities nothing supports any more (no source, no fact).
// Parameters: ids: list of strings; source: string. Returns: deleted (integer).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.reports = [x IN n.reports WHERE x <> $source]
WITH n WHERE size(n.reports) = 0 AND NOT (n)--()
DELETE n
RETURN count(*) AS deleted

// The entities with these ids, whatever their kind, with their properties.
// Parameters: ids: list of strings. Returns: id (string), props (map).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS props

// Entity nodes by id, as subgraph nodes (to answer 404 for unknown ids and to fill in path ends).
// Parameters: ids (list of strings). Returns: node (map: id, kind, name, nameEn, country, iso2, lat, lon, city).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN {{node(n)}} AS node

// Entity nodes by id, as subgraph nodes (to answer 404 for unknown ids and to fill in path ends).
// Parameters: ids (list of strings). Returns: node (map: id, kind, name, nameEn, country, iso2, lat, lon, city).
UNWIND $ids AS id
MATCH (n:City|Region|Country|Institution|Event|Person {id: id})
RETURN n {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: head([l IN labels(n) WHERE NOT l IN ['Entity', 'Source']])} AS node

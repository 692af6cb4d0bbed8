// One relation by its element id, with all its evidence and its two ends.
// Parameters: id (element id). Returns: relation (edge map with evidence), source, target (node maps).
MATCH (a)-[r]->(b)
WHERE elementId(r) = $id
RETURN {{relation(r)}} AS relation,
       {{node(a)}} AS source,
       {{node(b)}} AS target

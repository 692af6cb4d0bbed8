// The subgraph around an entity, hop by hop up to $depth, nearest relations first, in one round trip: a hop
// only starts when the ones before it left room under $limit, and a country is reached but not walked
// through (every city is LOCATED_IN one). Within a hop, the newest relations come first.
// Parameters: id (entity id), kinds (list of relation types), depth (1..3), limit (integer: most edges),
//             yearFrom, yearTo (integer or null: no bound; a relation without a year is left out when a bound is given).
// Returns: one row when the entity exists: root (node map), edges (list of {edge: edge map, node: the node
//          across it}, at most $limit, in hop order), truncated (boolean: more edges were within reach).
MATCH (root:Entity {id: $id})
CALL (root) {
  MATCH (root)-[r]-(b)
  WHERE type(r) IN $kinds AND ($yearFrom IS NULL OR r.year >= $yearFrom) AND ($yearTo IS NULL OR r.year <= $yearTo)
  WITH r, b ORDER BY r.year DESC, elementId(r)
  LIMIT toInteger($limit) + 1
  RETURN collect({r: r, b: b}) AS hop1
}
CALL (root, hop1) {
  WITH root, hop1 WHERE $depth >= 2 AND size(hop1) <= $limit
  UNWIND hop1 AS x
  WITH DISTINCT x.b AS f, [y IN hop1 | y.r] AS seen, root
  WHERE f <> root AND NOT 'Country' IN labels(f)
  MATCH (f)-[r]-(b)
  WHERE type(r) IN $kinds AND NOT r IN seen
    AND ($yearFrom IS NULL OR r.year >= $yearFrom) AND ($yearTo IS NULL OR r.year <= $yearTo)
  WITH DISTINCT r, b ORDER BY r.year DESC, elementId(r)
  LIMIT toInteger($limit) + 1
  RETURN collect({r: r, b: b}) AS hop2
}
CALL (root, hop1, hop2) {
  WITH root, hop1, hop2 WHERE $depth >= 3 AND size(hop1) + size(hop2) <= $limit
  WITH root, hop2, [y IN hop1 | y.b] AS before, [y IN hop1 + hop2 | y.r] AS seen
  UNWIND hop2 AS x
  WITH DISTINCT x.b AS f, before, seen, root
  WHERE f <> root AND NOT f IN before AND NOT 'Country' IN labels(f)
  MATCH (f)-[r]-(b)
  WHERE type(r) IN $kinds AND NOT r IN seen
    AND ($yearFrom IS NULL OR r.year >= $yearFrom) AND ($yearTo IS NULL OR r.year <= $yearTo)
  WITH DISTINCT r, b ORDER BY r.year DESC, elementId(r)
  LIMIT toInteger($limit) + 1
  RETURN collect({r: r, b: b}) AS hop3
}
WITH root, hop1 + hop2 + hop3 AS found
CALL (found) {
  UNWIND found[0..toInteger($limit)] AS x
  WITH x.r AS r, x.b AS b
  RETURN collect({
    edge: {{edge(r)}},
    node: {{node(b)}}
  }) AS edges
}
RETURN {{node(root)}} AS root, edges,
       size(found) > $limit AS truncated

// The partners every one of the given entities is related to, with each side's relations and evidence, the
// given entities themselves (to tell an unknown id) and the file of every report cited: one round trip.
// Parameters: ids (list of distinct entity ids, 2 or more), kinds (list of relation types), limit (integer).
// Returns: one row: of (list of node maps for the ids found), partners (list of {partner: node map,
//          sides: list of {of: id, relations: list of edge maps with evidence}}), files (list of {id, file}).
CALL () {
  UNWIND $ids AS id
  MATCH (c:Entity {id: id})
  RETURN collect({{node(c)}}) AS of
}
CALL () {
  UNWIND $ids AS id
  MATCH (c:Entity {id: id})-[r]-(p)
  WHERE type(r) IN $kinds AND NOT p.id IN $ids
  WITH p, id, collect({{relation(r)}}) AS relations
  WITH p, collect({of: id, relations: relations}) AS sides
  WHERE size(sides) = size($ids)
  WITH {{node(p)}} AS partner, sides
  ORDER BY reduce(n = 0, s IN sides | n + size(s.relations)) DESC, partner.name
  LIMIT toInteger($limit)
  RETURN collect({partner: partner, sides: sides}) AS partners
}
CALL (partners) {
  UNWIND partners AS x
  UNWIND x.sides AS side
  UNWIND side.relations AS rel
  UNWIND coalesce(rel.reports, []) AS reportId
  WITH DISTINCT reportId
  MATCH (r:Report {id: reportId})
  RETURN collect({id: r.id, file: r.file}) AS files
}
RETURN of, partners, files

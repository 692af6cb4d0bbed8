// One entity: its properties, its relation counts per kind, and the reports that mention it.
// Parameters: id (string).
// Returns: node (map), props (map: every stored property), counts (list of {kind, count}),
//          reports (list of {id, file, city, year, title}).
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS kind, count(r) AS count
  RETURN collect({kind: kind, count: count}) AS counts
}
CALL (n) {
  OPTIONAL MATCH (rep:Report) WHERE rep.id IN coalesce(n.reports, [])
  WITH rep ORDER BY rep.year, rep.file
  RETURN collect(rep {.id, .file, .city, .year, .title}) AS reports
}
RETURN {{node(n)}} AS node,
       properties(n) AS props, counts, reports

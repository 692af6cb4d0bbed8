// One entity: its properties, its relation counts per kind, and the sources that name it.
// Parameters: id (string).
// Returns: node (map), props (map: every stored property), counts (list of {kind, count}),
//          reports (list of {id, file, city, year, title}: the reports naming it, by year and file),
//          supports (list of strings: every source naming it, reports and twin lists, by id).
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS kind, count(r) AS count
  RETURN collect({kind: kind, count: count}) AS counts
}
CALL (n) {
  // A seek of the constraint's index by its first property (support IS NOT NULL lets it answer by entity alone).
  OPTIONAL MATCH (m:Mention) USING INDEX m:Mention(entity, support) WHERE m.entity = n.id AND m.support IS NOT NULL
  WITH m.support AS support ORDER BY support
  RETURN collect(support) AS supports
}
CALL (supports) {
  UNWIND supports AS support
  MATCH (rep:Report {id: support})
  WITH rep ORDER BY rep.year, rep.file
  RETURN collect(rep {.id, .file, .city, .year, .title}) AS reports
}
RETURN {{node(n)}} AS node,
       properties(n) AS props, counts, reports, supports

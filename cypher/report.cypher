// One report with its normalised text and the facts it supports (with every evidence entry).
// Parameters: id (report id).
// Returns: report (map, with text), facts (list of {relation: edge map with evidence, source, target: node maps}).
MATCH (rep:Report {id: $id})
CALL (rep) {
  UNWIND coalesce(rep.entityIds, []) AS eid
  MATCH (n:Entity {id: eid})-[r]-()
  WHERE rep.id IN r.reports
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  ORDER BY type(r), a.id, b.id, r.key
  RETURN collect({
    relation: {{relation(r)}},
    source: {{node(a)}},
    target: {{node(b)}}
  }) AS facts
}
RETURN rep {.id, .file, .city, .year, .title, .sha256, .importedAt, .entityCount, .relationCount, .text} AS report,
       facts

// One report with its normalised text and the facts it supports (with every evidence entry).
// Parameters: id (report id).
// Returns: report (map, with text), facts (list of {relation: edge map with evidence, source, target: node maps}).
MATCH (rep:Report {id: $id})
CALL (rep) {
  // The facts its statements state: each statement names its fact by identity, `KIND|source|target|key` (the key,
  // last, may itself hold `|`), which finds the relationship from its ends' unique ids.
  MATCH (s:Statement {support: rep.id})
  USING INDEX s:Statement(support)
  WITH DISTINCT s.fact AS fact
  WITH fact, split(fact, '|') AS part
  MATCH (a:Entity {id: part[1]})-[r]->(b:Entity {id: part[2]})
  WHERE type(r) = part[0] AND coalesce(r.key, '') = substring(fact, size(part[0]) + size(part[1]) + size(part[2]) + 3)
  WITH r, a, b
  ORDER BY type(r), a.id, b.id, r.key
  RETURN collect({
    relation: {{relation(r)}},
    source: {{node(a)}},
    target: {{node(b)}}
  }) AS facts
}
RETURN rep {.id, .file, .city, .year, .title, .sha256, .importedAt, .entityCount, .relationCount, .text} AS report,
       facts

// One report with its normalised text and the facts it supports (with every evidence entry).
// Parameters: id (report id).
// Returns: report (map, with text), facts (list of {relation: edge map with evidence, source, target: node maps}).
MATCH (rep:Report {id: $id})
CALL (rep) {
  UNWIND coalesce(rep.entityIds, []) AS eid
  MATCH (n:City|Region|Country|Institution|Event|Person {id: eid})-[r]-()
  WHERE rep.id IN r.reports
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  ORDER BY type(r), a.id, b.id, r.key
  RETURN collect({
    relation: {id: elementId(r), kind: type(r), source: a.id, target: b.id, year: r.year, month: r.month,
               status: r.status, confidence: r.confidence, reports: r.reports,
               evidenceCount: size(coalesce(r.evidence, [])), evidence: r.evidence},
    source: a {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: head([l IN labels(a) WHERE NOT l IN ['Entity', 'Source']])},
    target: b {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: head([l IN labels(b) WHERE NOT l IN ['Entity', 'Source']])}
  }) AS facts
}
RETURN rep {.id, .file, .city, .year, .title, .sha256, .importedAt, .entityCount, .relationCount, .text} AS report,
       facts

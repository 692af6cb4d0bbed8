// One hop out from a frontier of entities: the relations of the given kinds and years, and the nodes across.
// Parameters: ids (list of strings), exclude (list of element ids already known), kinds (list of relation types), yearFrom, yearTo (integer or null: no
//             bound; a relation without a year is left out when a bound is given), limit (integer).
// Returns: edge (map: id, kind, source, target, year, month, status, confidence, reports, evidenceCount),
//          node (map: the node across the edge).
UNWIND $ids AS id
MATCH (a:City|Region|Country|Institution|Event|Person {id: id})-[r]-(b)
WHERE type(r) IN $kinds AND NOT elementId(r) IN $exclude
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
WITH DISTINCT r, b
ORDER BY r.year DESC, elementId(r)
LIMIT toInteger($limit)
RETURN {id: elementId(r), kind: type(r), source: startNode(r).id, target: endNode(r).id, year: r.year,
        month: r.month, status: r.status, confidence: r.confidence, reports: r.reports,
        evidenceCount: size(coalesce(r.evidence, []))} AS edge,
       b {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: head([l IN labels(b) WHERE NOT l IN ['Entity', 'Source']])} AS node

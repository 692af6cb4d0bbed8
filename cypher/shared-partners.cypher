// The partners every one of the given entities is related to, with each side's relations and evidence.
// Parameters: ids (list of distinct entity ids, 2 or more), kinds (list of relation types), limit (integer).
// Returns: partner (map: subgraph node), sides (list of {of: id, relations: list of edge maps with evidence}).
UNWIND $ids AS id
MATCH (c:City|Region|Country|Institution|Event|Person {id: id})-[r]-(p)
WHERE type(r) IN $kinds AND NOT p.id IN $ids
WITH p, id, collect({id: elementId(r), kind: type(r), source: startNode(r).id, target: endNode(r).id,
     year: r.year, month: r.month, status: r.status, confidence: r.confidence, reports: r.reports,
     evidenceCount: size(coalesce(r.evidence, [])), evidence: r.evidence}) AS relations
WITH p, collect({of: id, relations: relations}) AS sides
WHERE size(sides) = size($ids)
RETURN p {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: head([l IN labels(p) WHERE NOT l IN ['Entity', 'Source']])} AS partner, sides
ORDER BY reduce(n = 0, s IN sides | n + size(s.relations)) DESC, partner.name
LIMIT toInteger($limit)

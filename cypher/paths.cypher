// The shortest paths between two entities over the given kinds, shortest first; countries are not crossed
// (every city is LOCATED_IN one, so a path through a country says nothing).
// Parameters: from, to (entity ids), kinds (list of relation types), maxHops (integer ≤ 6), k (integer ≤ 6).
// Returns: nodes (list of node maps, in path order), relations (list of edge maps with evidence, in path order).
MATCH (a:City|Region|Country|Institution|Event|Person {id: $from})
MATCH (b:City|Region|Country|Institution|Event|Person {id: $to})
MATCH p = SHORTEST 6 (a)(()-[r]-(x) WHERE type(r) IN $kinds AND (x.id = $to OR NOT x:Country)){1,6}(b)
WHERE length(p) <= $maxHops
WITH p
ORDER BY length(p)
LIMIT toInteger($k)
RETURN [n IN nodes(p) | n {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: labels(n)[0]}] AS nodes,
       [rel IN relationships(p) | {id: elementId(rel), kind: type(rel), source: startNode(rel).id,
        target: endNode(rel).id, year: rel.year, month: rel.month, status: rel.status, confidence: rel.confidence,
        reports: rel.reports, evidenceCount: size(coalesce(rel.evidence, [])), evidence: rel.evidence}] AS relations

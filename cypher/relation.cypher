// One relation by its element id, with all its evidence and its two ends.
// Parameters: id (element id). Returns: relation (edge map with evidence), source, target (node maps).
MATCH (a)-[r]->(b)
WHERE elementId(r) = $id
RETURN {id: elementId(r), kind: type(r), source: a.id, target: b.id, year: r.year, month: r.month,
        status: r.status, confidence: r.confidence, reports: r.reports,
        evidenceCount: size(coalesce(r.evidence, [])), evidence: r.evidence} AS relation,
       a {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: head([l IN labels(a) WHERE NOT l IN ['Entity', 'Source']])} AS source,
       b {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: head([l IN labels(b) WHERE NOT l IN ['Entity', 'Source']])} AS target

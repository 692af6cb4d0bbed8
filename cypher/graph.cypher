// A filtered subgraph for the overview and the export: relations of the given kinds, years, countries and source.
// Parameters: kinds (list of relation types), countries (list of ISO2 or null: either end in one of them),
//             yearFrom, yearTo (integer or null; an undated relation is left out when a bound is given),
//             source (string or null: `report`, `csv` or `csv:<file>`), withEvidence (boolean), limit (integer).
// Returns: edge (edge map, evidence when withEvidence), source, target (node maps).
MATCH (a)-[r]->(b)
WHERE type(r) IN $kinds
  AND ($countries IS NULL OR coalesce(a.country, a.iso2) IN $countries OR coalesce(b.country, b.iso2) IN $countries)
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
  AND ($source IS NULL OR any(s IN coalesce(r.sources, []) WHERE s = $source OR s STARTS WITH $source + ':'))
WITH r, a, b
LIMIT toInteger($limit)
RETURN CASE WHEN $withEvidence THEN {{relation(r)}} ELSE {{edge(r)}} END AS edge,
       {{node(a)}} AS source,
       {{node(b)}} AS target

// The aggregate of the whole network by country: relations of the given kinds between entities that have a
// country (cities, institutions, events), counted per pair of countries (each pair once, codes in order; a
// country with itself for the links inside it), and per country the entities that take part.
// Parameters: kinds (list of relation types), source (string or null: `report`, `csv` or `csv:<file>`),
//             yearFrom, yearTo (integer or null; an undated relation is left out when a bound is given).
// Returns: links (list of {source, target, links}, most first), countries (list of {code, entities, lat, lon}, most
//          first; lat and lon the mean of its entities' coordinates, null when none has any).
MATCH (a)-[r]->(b)
WHERE type(r) IN $kinds AND a.country IS NOT NULL AND b.country IS NOT NULL
  AND ($yearFrom IS NULL OR r.year >= $yearFrom)
  AND ($yearTo IS NULL OR r.year <= $yearTo)
  AND ($source IS NULL OR any(s IN coalesce(r.sources, []) WHERE s = $source OR s STARTS WITH $source + ':'))
WITH collect([a, b]) AS pairs
CALL (pairs) {
  UNWIND pairs AS p
  WITH p[0].country AS x, p[1].country AS y
  WITH CASE WHEN x <= y THEN x ELSE y END AS source, CASE WHEN x <= y THEN y ELSE x END AS target, count(*) AS links
  ORDER BY links DESC, source, target
  RETURN collect({source: source, target: target, links: links}) AS links
}
CALL (pairs) {
  UNWIND pairs AS p
  UNWIND p AS n
  WITH DISTINCT n
  WITH n.country AS code, count(n) AS entities, avg(n.lat) AS lat, avg(n.lon) AS lon
  ORDER BY entities DESC, code
  RETURN collect({code: code, entities: entities, lat: lat, lon: lon}) AS countries
}
RETURN links, countries

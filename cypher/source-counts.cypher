// Sources side by side, per city: how many of its facts of the given kinds both a report and a twin list state,
// only reports state, and only a twin list states. Cities that some report names first, then by list-only facts.
// Parameters: kinds (list of relation types), city (a city id, or null for all), limit (integer).
// Returns: city (node map), both, reportsOnly, listOnly (integers).
MATCH (c:City)-[r]-()
WHERE type(r) IN $kinds AND ($city IS NULL OR c.id = $city)
WITH c, 'report' IN r.sources AS inReports, any(s IN r.sources WHERE s STARTS WITH 'csv:') AS inList
WITH c,
     count(CASE WHEN inReports AND inList THEN 1 END) AS both,
     count(CASE WHEN inReports AND NOT inList THEN 1 END) AS reportsOnly,
     count(CASE WHEN inList AND NOT inReports THEN 1 END) AS listOnly
ORDER BY both + reportsOnly DESC, listOnly DESC, c.id
LIMIT toInteger($limit)
RETURN {{node(c)}} AS city, both, reportsOnly, listOnly

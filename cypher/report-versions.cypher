// The reports an incoming report may be (same id) or be a new version of (same city and year in the text; the
// importer then compares titles and file names, see import/graph/versions.ts). Their facts are counted afterwards,
// for the versions only (report-fact-counts.cypher): a city and year may have many reports that are not versions.
// Parameters: id: string; city: string | null; year: integer | null.
// Returns: id, file, city, year, title (strings, year an integer).
// CYPHER replan=skip: each half is an index seek (the hint for the second), so the plan does not get better as the
// graph grows, while re-planning it each time the graph's counts move far enough (several times in a big import)
// cost more than running it.
CYPHER replan=skip
MATCH (r:Report {id: $id})
RETURN r.id AS id, r.file AS file, r.city AS city, r.year AS year, r.title AS title
UNION
MATCH (r:Report)
USING INDEX r:Report(city, year)
WHERE r.city = $city AND r.year = $year
RETURN r.id AS id, r.file AS file, r.city AS city, r.year AS year, r.title AS title

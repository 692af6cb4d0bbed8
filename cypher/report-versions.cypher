// The reports an incoming report may be (same id) or be a new version of (same city and year in the text; the
// importer then compares titles and file names, see import/graph/versions.ts), with how many facts each states.
// Parameters: id: string; city: string | null; year: integer | null.
// Returns: id, file, city, year, title (strings, year an integer), facts (integer: distinct facts its statements
// state, the implied LOCATED_IN of its cities left out).
MATCH (r:Report)
WHERE r.id = $id OR (r.city = $city AND r.year = $year)
CALL (r) {
  OPTIONAL MATCH (s:Statement)-[:STATED_IN]->(r)
  WHERE NOT s.fact STARTS WITH 'LOCATED_IN|'
  RETURN count(DISTINCT s.fact) AS facts
}
RETURN r.id AS id, r.file AS file, r.city AS city, r.year AS year, r.title AS title, facts

// How many facts each of some reports states: the distinct facts its statements state, the implied LOCATED_IN of
// its cities left out (a new version must keep a share of these: import/graph/versions.ts).
// Parameters: ids: list of strings (report ids). Returns: id (string), facts (integer).
MATCH (r:Report)
WHERE r.id IN $ids
CALL (r) {
  OPTIONAL MATCH (s:Statement)-[:STATED_IN]->(r)
  WHERE NOT s.fact STARTS WITH 'LOCATED_IN|'
  RETURN count(DISTINCT s.fact) AS facts
}
RETURN r.id AS id, facts

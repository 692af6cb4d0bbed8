// How many reports the graph holds.
// Parameters: none. Returns: reports (integer).
MATCH (r:Report) RETURN count(r) AS reports

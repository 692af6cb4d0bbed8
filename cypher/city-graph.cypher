// The city graph for statistics: every city, and each pair of cities related by one of the kinds (once).
// Parameters: kinds (list of relation types). Returns: cities (list of node maps), links (list of [id, id]).
CALL () {
  MATCH (c:City)
  RETURN collect({{node(c)}}) AS cities
}
CALL () {
  MATCH (a:City)-[r]->(b:City)
  WHERE type(r) IN $kinds AND a <> b
  WITH DISTINCT CASE WHEN a.id < b.id THEN [a.id, b.id] ELSE [b.id, a.id] END AS link
  RETURN collect(link) AS links
}
RETURN cities, links

// One entity's facts of the given kinds by which sources state them: `both` (a report and a twin list),
// `reports-only` or `list-only`.
// Parameters: id (entity id), kinds (list of relation types), side (string, one of the three), limit (integer).
// Returns: edge (edge map), other (node map: the other end).
MATCH (n:Entity {id: $id})-[r]-(o:Entity)
WHERE type(r) IN $kinds
WITH r, o, 'report' IN r.sources AS inReports, any(s IN r.sources WHERE s STARTS WITH 'csv:') AS inList
WHERE CASE $side WHEN 'both' THEN inReports AND inList
                 WHEN 'reports-only' THEN inReports AND NOT inList
                 ELSE inList AND NOT inReports END
WITH r, o ORDER BY o.name, r.year
LIMIT toInteger($limit)
RETURN {{edge(r)}} AS edge,
       {{node(o)}} AS other

// Migration to the statement model, part 2: facts from before it (evidence but no statements), a page at a time.
// Parameters: limit: integer. Returns: type, source, target, key (strings), evidence (list of JSON strings).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.statementCount IS NULL AND size(coalesce(r.evidence, [])) > 0
RETURN type(r) AS type, a.id AS source, b.id AS target, coalesce(r.key, '') AS key, r.evidence AS evidence
LIMIT toInteger($limit)

// Indexes an older twingraph created under a name schema.cypher now defines differently (CREATE … IF NOT EXISTS
// would keep them as they are): the full-text index `entity_names` over the six entity labels, now over :Entity.
// Parameters: none. Returns: name (string), one row per index to drop before schema.cypher runs.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes
WHERE name = 'entity_names' AND labelsOrTypes <> ['Entity']
RETURN name

// Creates or updates one Report node.
// Parameters: id: string; props: map (sha256, file, city, year, title, importedAt, text, entityCount,
// relationCount, entityIds: the ids of the nodes it supports). Returns: id (string).
MERGE (r:Report {id: $id})
SET r += $props
RETURN r.id AS id

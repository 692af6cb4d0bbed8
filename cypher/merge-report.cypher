// Creates or updates one Report node (also a :Source, which its statements are STATED_IN).
// Parameters: id: string; props: map (sha256, file, city, year, title, importedAt, text, entityCount,
// relationCount, entityIds: the ids of the nodes it supports). Returns: id (string).
MERGE (r:Report {id: $id})
SET r:Source, r += $props
RETURN r.id AS id

// One report's description, to name it before removing it.
// Parameters: id: string. Returns: id (string), file (string), city (string), year (integer).
MATCH (r:Report {id: $id})
RETURN r.id AS id, r.file AS file, r.city AS city, r.year AS year

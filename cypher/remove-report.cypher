// Removes one Report node (its facts are taken out first).
// Parameters: id: string. Returns: deleted (integer).
MATCH (r:Report {id: $id})
DELETE r
RETURN count(*) AS deleted

// Creates or updates Country nodes by id (the uniqueness constraint country_id backs the MERGE).
// Parameters: rows: list of {id: string, props: map}, props being the node's final properties.
// Returns: written (integer, the number of rows).
UNWIND $rows AS row
MERGE (n:Country {id: row.id})
SET n:Entity, n += row.props
RETURN count(*) AS written

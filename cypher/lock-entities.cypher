// Creates the entities a source names that the graph lacks and takes a write lock on each (rows come sorted by id,
// so two imports lock shared entities in one order), then gives what each holds once the lock is ours.
// Parameters: rows: list of {id: string, label: string (one of the six entity labels, from the model's allow-list)}.
// Returns: id (string), props (map: the entity's properties as held before this import; only id and reports when new).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label), n.reports = coalesce(n.reports, [])
RETURN row.id AS id, properties(n) AS props

// The import bench's bare baseline (bench/baseline.ts), not used by the importer: entities MERGEd on :Entity id with
// their kind label, properties SET, no locks or reads first.
// Parameters: rows: list of {id: string, label: string (an entity kind from the model's allow-list), props: map}.
// Returns: written (integer).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label), n += row.props
RETURN count(*) AS written

// The import bench's way to empty its throwaway graph between runs (bench/import.ts), a batch at a time.
// Parameters: limit: integer (nodes per call). Returns: deleted (integer: 0 once the graph is empty).
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted

// The import bench's way to empty its throwaway graph between runs (bench/import.ts), 5,000 nodes per call.
// Parameters: none. Returns: deleted (integer: 0 once the graph is empty).
MATCH (n)
WITH n LIMIT 5000
DETACH DELETE n
RETURN count(*) AS deleted

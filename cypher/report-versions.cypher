// The reports an incoming report is (same id) or replaces (same file name, another id).
// Parameters: id: string; file: string. Returns: id (string), file (string).
MATCH (r:Report)
WHERE r.id = $id OR r.file = $file
RETURN r.id AS id, r.file AS file

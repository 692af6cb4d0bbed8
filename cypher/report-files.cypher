// The file names of reports, to label evidence with the file it was read from.
// Parameters: ids (list of report ids). Returns: id (string), file (string).
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS id, r.file AS file

// Creates or finds the source node of one twin list.
// Parameters: id: string (`csv:<file name>`), file: string. Returns: id (string).
MERGE (l:Source {id: $id})
SET l:TwinList, l.file = $file
RETURN l.id AS id

// Deletes relationships by element id (those no report or list supports any more).
// Parameters: rids: list of strings. Returns: deleted (integer).
UNWIND $rids AS rid
MATCH ()-[r]->()
WHERE elementId(r) = rid
DELETE r
RETURN count(*) AS deleted

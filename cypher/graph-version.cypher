// What changes with every import or removal: the key of everything cached per graph version (stats, the name
// index). Counts come from the count store; reports are few. Cheap enough to run on every search.
// Parameters: none. Returns: reports (integer), latest (string or null), nodes (integer), relationships (integer).
CALL () { MATCH (r:Report) RETURN count(r) AS reports, max(r.importedAt) AS latest }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN reports, latest, nodes, relationships

// Drops one index by name (an outdated one, from outdated-indexes.cypher). Parameters: name (string). Returns: nothing.
DROP INDEX $name IF EXISTS

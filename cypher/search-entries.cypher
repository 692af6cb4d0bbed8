// Every entity with what search matches and ranks it by: the rows the in-process name index is built from.
// Parameters: none.
// Returns: node (map: id, kind, name, nameEn, country, iso2, lat, lon, city), forms (string or null: every name and
// Russian case form, lowercased, from the importer's searchText), population (integer or null), degree (integer).
MATCH (n:Entity)
RETURN {{node(n)}} AS node,
       n.searchText AS forms, n.population AS population, COUNT { (n)--() } AS degree

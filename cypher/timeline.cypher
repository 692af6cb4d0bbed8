// Facts per year and kind, over the whole graph or around some entities.
// Parameters: ids (list of entity ids, or null for the whole graph), kinds (list of relation types).
// Returns: year (integer or null for undated facts), kind (string), count (integer).
CALL (*) {
  WITH * WHERE $ids IS NULL
  MATCH ()-[r]->()
  WHERE type(r) IN $kinds
  RETURN r
  UNION
  WITH * WHERE $ids IS NOT NULL
  UNWIND $ids AS id
  MATCH (:Entity {id: id})-[r]-()
  WHERE type(r) IN $kinds
  RETURN DISTINCT r
}
RETURN r.year AS year, type(r) AS kind, count(r) AS count
ORDER BY year, kind

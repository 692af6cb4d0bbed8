// One entity and the cities with the most partners in common with it, with Jaccard and Adamic–Adar scores,
// in one round trip: an unknown id gives `of` null (the repository answers 404).
// Parameters: id (entity id), kinds (list of relation types), limit (integer).
// Returns one row: of (node map or null), similar (list of {city: node map, shared: list of node maps,
// common: integer, jaccard: float, adamicAdar: float}, best first).
OPTIONAL MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r1]-(p)
  WHERE type(r1) IN $kinds AND NOT p:Country
  WITH c, collect(DISTINCT p) AS mine
  UNWIND mine AS p
  MATCH (p)-[r2]-(o:City)
  WHERE type(r2) IN $kinds AND o <> c
  WITH size(mine) AS myCount, o, collect(DISTINCT p) AS shared
  // Only the candidates that can still make the list need their own partner count (for Jaccard): those with as
  // many partners in common as the limit-th best, or more. A city with many partners has hundreds of candidates.
  ORDER BY size(shared) DESC
  WITH myCount, collect({o: o, shared: shared}) AS ranked
  WITH myCount, ranked, coalesce(size(ranked[toInteger($limit) - 1].shared), 0) AS least
  UNWIND ranked AS x
  WITH myCount, x.o AS o, x.shared AS shared
  WHERE size(shared) >= least
  WITH o, shared, size(shared) AS common,
       COUNT { MATCH (o)-[r]-(q) WHERE type(r) IN $kinds AND NOT q:Country RETURN DISTINCT q } AS theirCount, myCount
  WITH o, shared, common, toFloat(common) / (myCount + theirCount - common) AS jaccard
  ORDER BY common DESC, jaccard DESC, o.id
  LIMIT toInteger($limit)
  // Adamic–Adar ranks nothing here: computed for the listed cities only.
  WITH o, shared, common, jaccard,
       reduce(s = 0.0, p IN shared |
         s + 1.0 / log(toFloat(COUNT { MATCH (p)-[x]-(y) WHERE type(x) IN $kinds RETURN DISTINCT y }))) AS adamicAdar
  RETURN collect({
    city: {{node(o)}},
    shared: [p IN shared | {{node(p)}}],
    common: common, jaccard: jaccard, adamicAdar: adamicAdar
  }) AS similar
}
RETURN {{node(c)}} AS of,
       similar

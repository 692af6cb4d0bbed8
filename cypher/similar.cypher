// The cities with the most partners in common with one entity, with Jaccard and Adamic–Adar scores.
// Parameters: id (entity id), kinds (list of relation types), limit (integer).
// Returns: city (node map), shared (list of node maps), common (integer), jaccard (float), adamicAdar (float).
MATCH (c:City|Region|Country|Institution|Event|Person {id: $id})-[r1]-(p)
WHERE type(r1) IN $kinds AND NOT p:Country
WITH c, collect(DISTINCT p) AS mine
UNWIND mine AS p
MATCH (p)-[r2]-(o:City)
WHERE type(r2) IN $kinds AND o <> c
WITH c, size(mine) AS myCount, o, collect(DISTINCT p) AS shared
WITH c, myCount, o, shared,
     COUNT { MATCH (o)-[r]-(q) WHERE type(r) IN $kinds AND NOT q:Country RETURN DISTINCT q } AS theirCount,
     reduce(s = 0.0, p IN shared |
       s + 1.0 / log(toFloat(COUNT { MATCH (p)-[x]-(y) WHERE type(x) IN $kinds RETURN DISTINCT y }))) AS adamicAdar
RETURN o {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: head([l IN labels(o) WHERE NOT l IN ['Entity', 'Source']])} AS city,
       [p IN shared | p {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: head([l IN labels(p) WHERE NOT l IN ['Entity', 'Source']])}] AS shared,
       size(shared) AS common,
       toFloat(size(shared)) / (myCount + theirCount - size(shared)) AS jaccard,
       adamicAdar
ORDER BY common DESC, jaccard DESC, city.id
LIMIT toInteger($limit)

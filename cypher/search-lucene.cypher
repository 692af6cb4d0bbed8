// The bench's comparison for search (bench/search-lucene.ts): entities whose names match a full-text query, best first: an exact name, or for places an exact case form
// (`гомеля` is a form of Гомель, in searchText), outranks any score; the index gives its best 200 at most.
// Parameters: query (Lucene string), exact (lowercased query), kinds (list of labels or null), limit (integer).
// Returns: node (map: id, kind, name, nameEn, country, iso2, lat, lon, city), score (float).
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node, score
WITH node, score, {{kind(node)}} AS kind
WHERE $kinds IS NULL OR kind IN $kinds
WITH node, score, kind,
     toLower(node.name) = $exact OR toLower(coalesce(node.nameEn, '')) = $exact
       OR (kind IN ['City', 'Country', 'Region']
           AND (' ' + coalesce(node.searchText, '') + ' ') CONTAINS (' ' + $exact + ' ')) AS exactMatch
// Among exact matches the better-known place wins (Париж, FR, before Paris, US): population, then how
// connected it is, then whether it was placed on the map; other hits by relevance first.
WITH node, score, kind, exactMatch, COUNT { (node)--() } AS degree
ORDER BY exactMatch DESC, CASE WHEN exactMatch THEN 0 ELSE score END DESC, coalesce(node.population, 0) DESC,
         degree DESC, node.lat IS NOT NULL DESC, score DESC, size(node.name)
LIMIT toInteger($limit)
RETURN {{node(node)}} AS node, score

// The node projection: an entity as every answer gives it (RawNode in server/repository/shape.ts, GraphNode in the
// contract); its kind comes from fragments/kind.cypher.
// Written `{{node(x)}}` in a query; the loader puts this text there with `_` replaced by x.
_ {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: {{kind(_)}}}

// A fact's identity, `KIND|source|target|key` (neo4j/model/fact.ts), the `fact` every Statement of it stores.
// Written `{{fact(r)}}` in a query; the loader puts this text there with `_` replaced by r.
type(_) + '|' + startNode(_).id + '|' + endNode(_).id + '|' + coalesce(_.key, '')

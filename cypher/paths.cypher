// The shortest paths between two entities, up to $k with distinct node sequences, shortest first, with both
// ends and the file of every report the evidence cites: the whole answer in one round trip.
// Countries are never crossed, by relationship type: the inner hops use every asked kind except LOCATED_IN
// (the only type that reaches a country), and a LOCATED_IN hop may only open or close the path, in the
// direction the endpoint's kind allows (an institution out to its city, a country or region in from a city).
// Text filled in by server/repository/paths.ts from a fixed list: {{fromLabel}}, {{toLabel}} (node labels),
// {{fromHop}}, {{toHop}} (an end hop pattern or nothing), {{maxHops}} (1..6), {{candidates}} (paths examined).
// Both ends are bound before the search, so the planner runs it bidirectionally (StatefulShortestPath(Into)),
// and the type test is inlined into the search instead of filtering every expanded node.
// Parameters: from, to (entity ids), kinds (inner relation types), k (integer: paths wanted).
// Returns: from, to (node maps or null when absent), paths (list of {nodes, relations}), files (list of {id, file}).
OPTIONAL MATCH (a:{{fromLabel}} {id: $from})
OPTIONAL MATCH (b:{{toLabel}} {id: $to})
CALL (a, b) {
  MATCH p = SHORTEST {{candidates}} (a){{fromHop}}(()-[:$any($kinds)]-()){0,{{maxHops}}}{{toHop}}(b)
  WHERE length(p) <= {{maxHops}}
  // A trail may come back to a node (Омск → Кайфын → Омск): not an alternative route, so it is left out.
  WITH p WHERE size(nodes(p)) = size(COLLECT { UNWIND nodes(p) AS n RETURN DISTINCT n })
  WITH p, [n IN nodes(p) | n.id] AS route
  ORDER BY length(p)
  // Parallel relations give several paths over the same nodes: keep the first of each route.
  WITH route, collect(p)[0] AS p
  ORDER BY length(p), route
  LIMIT toInteger($k)
  RETURN collect({
    nodes: [n IN nodes(p) | n {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: labels(n)[0]}],
    relations: [rel IN relationships(p) | {id: elementId(rel), kind: type(rel), source: startNode(rel).id,
      target: endNode(rel).id, year: rel.year, month: rel.month, status: rel.status, confidence: rel.confidence,
      reports: rel.reports, evidenceCount: size(coalesce(rel.evidence, [])), evidence: rel.evidence}]
  }) AS paths
}
CALL (paths) {
  UNWIND paths AS path
  UNWIND path.relations AS rel
  UNWIND coalesce(rel.reports, []) AS reportId
  WITH DISTINCT reportId
  MATCH (r:Report {id: reportId})
  RETURN collect({id: r.id, file: r.file}) AS files
}
RETURN a {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: labels(a)[0]} AS from,
       b {.id, .name, .nameEn, .country, .iso2, .lat, .lon, .city, kind: labels(b)[0]} AS to,
       paths, files

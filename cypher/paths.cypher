// The shortest paths between two entities, up to $k with distinct node sequences, shortest first, with both
// ends and the file of every report the evidence cites: the whole answer in one round trip.
// Countries are never crossed, by relationship type: the inner hops use every asked kind except LOCATED_IN
// (the only type that reaches a country), and a LOCATED_IN hop may only open or close the path, in the
// direction the endpoint's kind allows (an institution out to its city, a country or region in from a city).
// The search is over routes, not relationships: of parallel relations between two nodes (a twin tie and an
// agreement, Гомель–Омск) an inner hop may only take the first by elementId, and no inner hop leaves the end
// or comes back to the start; so within 4 hops every path found is a distinct route that never revisits a node
// and {{candidates}} paths give as many answers. Longer trails may still come back to a node: those are
// left out here, and the repository asks again with a larger budget when `examined` shows the search was cut.
// Text filled in by server/repository/paths.ts from a fixed list: {{fromLabel}}, {{toLabel}} (node labels),
// {{fromHop}}, {{toHop}} (an end hop pattern or nothing), {{maxHops}} (1..6), {{candidates}} (paths examined).
// Both ends are bound before the search, so the planner runs it bidirectionally (StatefulShortestPath(Into)),
// with the type and end tests inlined into it; the parallel-relation test runs on each path it finds.
// Parameters: from, to (entity ids), kinds (inner relation types), k (integer: paths wanted).
// Returns: from, to (node maps or null when absent), examined (paths the search gave, at most {{candidates}}),
// paths (list of {nodes, relations}), files (list of {id, file}).
OPTIONAL MATCH (a:{{fromLabel}} {id: $from})
OPTIONAL MATCH (b:{{toLabel}} {id: $to})
CALL (a, b) {
  MATCH p = SHORTEST {{candidates}} (a){{fromHop}}((x)-[r:$any($kinds)]-(y)
      WHERE x <> b AND y <> a AND NOT EXISTS { (x)-[s:$any($kinds)]-(y) WHERE elementId(s) < elementId(r) }
    ){0,{{maxHops}}}{{toHop}}(b)
  WHERE length(p) <= {{maxHops}}
  RETURN collect(p) AS found
}
CALL (found) {
  UNWIND found AS p
  // A trail may come back to a node (A → B → C → A → D, over 5 hops): not an alternative route, so it is left out.
  WITH p WHERE size(nodes(p)) = size(COLLECT { UNWIND nodes(p) AS n RETURN DISTINCT n })
  WITH p, [n IN nodes(p) | n.id] AS route
  ORDER BY length(p)
  // An end hop and an inner hop between the same two nodes (an institution located in a city and partner of it)
  // are one route: keep the first.
  WITH route, collect(p)[0] AS p
  ORDER BY length(p), route
  LIMIT toInteger($k)
  RETURN collect({
    nodes: [n IN nodes(p) | {{node(n)}}],
    relations: [rel IN relationships(p) | {{relation(rel)}}]
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
RETURN {{node(a)}} AS from,
       {{node(b)}} AS to,
       size(found) AS examined, paths, files

// A source stops naming the entities: its mentions go, then the locked entities nothing supports any more (no
// source names them, no fact ends at them).
// Parameters: ids: list of strings (the entities the source named, locked by lock-report-entities.cypher); source:
//   string. Returns: deleted (integer).
// CYPHER replan=skip: the plan is fixed by index seeks (hinted where the index is not unique), so it does not get
// better as the graph grows; re-planning it after the graph's counts moved made the first removal from a grown
// graph pay for planning (1-2 s under load).
CYPHER replan=skip
CALL () {
  MATCH (m:Mention {support: $source})
  USING INDEX m:Mention(support)
  DELETE m
}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
// The hint: left to itself the planner scans every Mention here rather than seek the constraint's index by its
// first property (support IS NOT NULL is what lets the index answer a look-up by entity alone).
WITH n WHERE NOT EXISTS {
  MATCH (m:Mention) USING INDEX m:Mention(entity, support) WHERE m.entity = n.id AND m.support IS NOT NULL
} AND NOT (n)--()
DELETE n
RETURN count(*) AS deleted

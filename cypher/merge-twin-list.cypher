// Creates or finds the source node of one twin list.
// Parameters: id: string (`csv:<file name>`), file: string. Returns: id (string).
// CYPHER replan=skip: the plan is fixed by unique-index seeks, so it does not get better as the graph grows,
// while re-planning it each time the graph's counts move far enough (several times in a big import) cost more
// than running it; Neo4j plans it once and keeps that plan.
CYPHER replan=skip
MERGE (l:Source {id: $id})
SET l:TwinList, l.file = $file
RETURN l.id AS id

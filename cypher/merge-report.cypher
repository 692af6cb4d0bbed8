// Creates or updates one Report node (also a :Source, which its statements are STATED_IN).
// Parameters: id: string; props: map (sha256, file, city, year, title, importedAt, text, entityCount,
// relationCount, entityIds: the ids of the nodes it supports). Returns: id (string).
// CYPHER replan=skip: the plan is fixed by unique-index seeks, so it does not get better as the graph grows,
// while re-planning it each time the graph's counts move far enough (several times in a big import) cost more
// than running it; Neo4j plans it once and keeps that plan.
CYPHER replan=skip
MERGE (r:Report {id: $id})
SET r:Source, r += $props
RETURN r.id AS id

// Sets the computed properties of entities this transaction has locked (lock-entities).
// Parameters: rows: list of {id: string, props: map}. Returns: written (integer).
// CYPHER replan=skip: the plan is fixed by unique-index seeks, so it does not get better as the graph grows,
// while re-planning it each time the graph's counts move far enough (several times in a big import) cost more
// than running it; Neo4j plans it once and keeps that plan.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
RETURN count(*) AS written

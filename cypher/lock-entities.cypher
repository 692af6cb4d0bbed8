// Creates the entities a source names that the graph lacks, takes a write lock on each (ids come sorted, so two imports
// lock shared entities in one order) and adds the source to each one's `reports` here, in the database (the
// list grows with every report naming the entity, so it never travels to the importer and back); then gives what
// each holds once the lock is ours, without that list.
// Parameters: groups: list of {label: string (one of the six entity labels, from the model's allow-list), ids: list
//   of strings}, in label order, each label's ids sorted; support: string (the source: a report id or `csv:<file>`).
// Returns: id (string), props (map: the entity's other properties as held before this import; none when new).
// CYPHER replan=skip: the plan is fixed by unique-index seeks, so it does not get better as the graph grows,
// while re-planning it each time the graph's counts move far enough (several times in a big import) cost more
// than running it; Neo4j plans it once and keeps that plan.
CYPHER replan=skip
UNWIND $groups AS group
UNWIND group.ids AS id
MERGE (n:Entity {id: id})
// Read inside the SET, never in a WITH before it: Cypher locks the node before evaluating a SET that reads it, so
// two imports appending at once both land (a value read in a WITH first could be stale, and one append lost).
SET n:$(group.label),
    n.reports = CASE WHEN $support IN coalesce(n.reports, []) THEN n.reports ELSE coalesce(n.reports, []) + $support END
RETURN id, n {.*, reports: null} AS props

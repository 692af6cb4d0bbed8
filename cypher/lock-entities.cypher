// Creates the entities a source names that the graph lacks, takes a write lock on each (ids come sorted, so two imports
// lock shared entities in one order) and records that the source names each one (a Mention, created once: nothing
// on the entity grows with the number of sources naming it); then gives what each holds once the lock is ours.
// Parameters: groups: list of {label: string (one of the six entity labels, from the model's allow-list), ids: list
//   of strings}, in label order, each label's ids sorted; support: string (the source: a report id or `csv:<file>`).
// Returns: id (string), props (map: the entity's properties as held before this import; only its id when new).
// CYPHER replan=skip: the plan is fixed by unique-index seeks, so it does not get better as the graph grows,
// while re-planning it each time the graph's counts move far enough (several times in a big import) cost more
// than running it; Neo4j plans it once and keeps that plan.
CYPHER replan=skip
UNWIND $groups AS group
UNWIND group.ids AS id
MERGE (n:Entity {id: id})
// Setting the id it has is the lock: a write takes the node's write lock even when it changes nothing, and a removal
// that would delete the entity (remove-entities.cypher) takes the same lock before it looks for mentions.
SET n:$(group.label), n.id = id
MERGE (:Mention {entity: id, support: $support})
RETURN id, properties(n) AS props

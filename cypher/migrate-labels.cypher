// Migration to the statement model, part 1: the shared labels on nodes from before it (a no-op once done).
// Parameters: none. Returns: nothing. Runs in auto-commit transactions of 5,000 nodes.
MATCH (n)
WHERE (n:City OR n:Region OR n:Country OR n:Institution OR n:Event OR n:Person) AND NOT n:Entity
   OR n:Report AND NOT n:Source
CALL (n) {
  FOREACH (_ IN CASE WHEN n:Report THEN [] ELSE [1] END | SET n:Entity)
  FOREACH (_ IN CASE WHEN n:Report THEN [1] ELSE [] END | SET n:Source)
} IN TRANSACTIONS OF 5000 ROWS

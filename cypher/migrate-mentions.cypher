// Migration, part 4: entities of earlier models listed the sources naming them (`reports`), a list every import
// rewrote whole; each entry becomes a Mention node and the list goes (a no-op once done; safe to interrupt).
// Parameters: none. Returns: nothing. Runs in auto-commit transactions of 1,000 entities.
MATCH (n:Entity)
WHERE n.reports IS NOT NULL
CALL (n) {
  FOREACH (support IN n.reports | MERGE (:Mention {entity: n.id, support: support}))
  REMOVE n.reports
} IN TRANSACTIONS OF 1000 ROWS

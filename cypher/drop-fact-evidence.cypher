// Migration, part 3: facts written by the first statement model kept a copy of every statement's evidence as a list
// (`evidence`); readers now take it from the Statement nodes, so the copy goes (a no-op once done).
// Parameters: none. Returns: nothing. Runs in auto-commit transactions of 5,000 relationships.
MATCH ()-[r]->()
WHERE r.evidence IS NOT NULL AND r.statementCount IS NOT NULL
CALL (r) {
  REMOVE r.evidence
} IN TRANSACTIONS OF 5000 ROWS

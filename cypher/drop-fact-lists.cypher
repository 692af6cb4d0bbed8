// Migration, part 3: facts of earlier models kept lists that grew with every source stating them: a copy of every
// statement's evidence (`evidence`) and the sources' ids (`reports`); readers now take both from the Statement nodes,
// so the lists go (a no-op once done).
// Parameters: none. Returns: nothing. Runs in auto-commit transactions of 5,000 relationships.
MATCH ()-[r]->()
WHERE (r.evidence IS NOT NULL OR r.reports IS NOT NULL) AND r.statementCount IS NOT NULL
CALL (r) {
  REMOVE r.evidence, r.reports
} IN TRANSACTIONS OF 5000 ROWS

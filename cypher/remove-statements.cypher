// Removes every statement of one source (a report or a twin list) and names the facts they stated.
// Parameters: source: string. Returns: facts (list of strings: the facts' identities).
// CYPHER replan=skip: the plan is fixed by index seeks (hinted where the index is not unique), so it does not get
// better as the graph grows; re-planning it after the graph's counts moved made the first removal from a grown
// graph pay for planning (1-2 s under load).
CYPHER replan=skip
OPTIONAL MATCH (s:Statement {support: $source})
USING INDEX s:Statement(support)
WITH s, s.fact AS fact
DETACH DELETE s
WITH DISTINCT fact WHERE fact IS NOT NULL
RETURN collect(fact) AS facts

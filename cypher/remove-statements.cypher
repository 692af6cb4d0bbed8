// Removes every statement of one source (a report or a twin list) and names the facts they stated.
// Parameters: source: string. Returns: facts (list of strings: the facts' identities).
OPTIONAL MATCH (s:Statement {support: $source})
WITH s, s.fact AS fact
DETACH DELETE s
WITH DISTINCT fact WHERE fact IS NOT NULL
RETURN collect(fact) AS facts

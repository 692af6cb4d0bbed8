// Counts per node label and per relationship type (entities, reports and facts; not statements).
// Parameters: none. Returns: labels (list of {label, count}), kinds (list of {kind, count}).
CALL () { MATCH (n) WHERE NOT n:Statement AND NOT n:Mention AND NOT n:TwinList WITH {{kind(n)}} AS label, count(*) AS count ORDER BY label RETURN collect({label: label, count: count}) AS labels }
CALL () { MATCH ()-[r]->() WHERE NOT r:STATED_IN WITH type(r) AS kind, count(*) AS count ORDER BY kind RETURN collect({kind: kind, count: count}) AS kinds }
RETURN labels, kinds

// Counts per node label and per relationship type.
// Parameters: none. Returns: labels (list of {label, count}), kinds (list of {kind, count}).
CALL () { MATCH (n) WITH labels(n)[0] AS label, count(*) AS count ORDER BY label RETURN collect({label: label, count: count}) AS labels }
CALL () { MATCH ()-[r]->() WITH type(r) AS kind, count(*) AS count ORDER BY kind RETURN collect({kind: kind, count: count}) AS kinds }
RETURN labels, kinds

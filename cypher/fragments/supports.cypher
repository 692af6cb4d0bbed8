// The sources that state a fact (report ids, `csv:<file>`), each once, in the time order of their statements: read
// from the Statement nodes (by the statement_fact index), since a list kept on the fact would grow, and be rewritten
// whole, with every source that states it. A fact no report states (most of a twin list's) needs no look-up: a twin
// list's statements have their list as both support and source, so its sources are its supports.
// Written `{{supports(r)}}` in a query; the loader puts this text there with `_` replaced by r.
CASE WHEN 'report' IN coalesce(_.sources, []) THEN COLLECT {
  MATCH (s:Statement {fact: {{fact(_)}}})
  WITH s ORDER BY s.year, s.month, s.support, s.seq
  RETURN DISTINCT s.support
} ELSE coalesce(_.sources, []) END

// The relation projection: the edge projection with the fact's evidence (RawRelation in
// server/repository/relation-rows.ts, Relation in the contract), read from its Statement nodes (by the statement_fact
// index) in time order, since the fact itself keeps only a summary.
// Written `{{relation(r)}}` in a query; the loader puts this text there with `_` replaced by r.
{id: elementId(_), kind: type(_), source: startNode(_).id, target: endNode(_).id, year: _.year, month: _.month,
 status: _.status, confidence: _.confidence, reports: {{supports(_)}}, evidenceCount: coalesce(_.statementCount, 0),
 evidence: COLLECT {
   MATCH (s:Statement {fact: {{fact(_)}}})
   RETURN s.evidence ORDER BY s.year, s.month, s.support, s.seq
 }}

// The relation projection: the edge projection with the fact's evidence (RawRelation in
// server/repository/relation-rows.ts, Relation in the contract).
// Written `{{relation(r)}}` in a query; the loader puts this text there with `_` replaced by r.
{id: elementId(_), kind: type(_), source: startNode(_).id, target: endNode(_).id, year: _.year, month: _.month,
 status: _.status, confidence: _.confidence, reports: _.reports, evidenceCount: size(coalesce(_.evidence, [])),
 evidence: _.evidence}

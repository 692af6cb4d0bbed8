// The edge projection: a fact as every subgraph gives it (RawEdge in server/repository/shape.ts, GraphEdge in the
// contract), its ends in stored order; evidenceCount is the fact's statement count.
// Written `{{edge(r)}}` in a query; the loader puts this text there with `_` replaced by r.
{id: elementId(_), kind: type(_), source: startNode(_).id, target: endNode(_).id, year: _.year, month: _.month,
 status: _.status, confidence: _.confidence, reports: _.reports, evidenceCount: coalesce(_.statementCount, 0)}

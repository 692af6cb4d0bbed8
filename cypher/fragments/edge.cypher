// The edge projection: a fact as every subgraph gives it (RawEdge in server/repository/shape.ts, GraphEdge in the
// contract), its ends in stored order; reports are the sources stating it; evidenceCount is its statement count.
// Written `{{edge(r)}}` in a query; the loader puts this text there with `_` replaced by r.
{id: elementId(_), kind: type(_), source: startNode(_).id, target: endNode(_).id, year: _.year, month: _.month,
 status: _.status, confidence: _.confidence, reports: {{supports(_)}}, evidenceCount: coalesce(_.statementCount, 0)}

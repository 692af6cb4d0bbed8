// A fact's history: its statements in time order (the year a statement gives, else its report's year), each with
// its source (report file or twin list).
// Parameters: id (element id of the relationship).
// Returns: statement (map: report, file, source, quote, start, end, line, year, month, status, confidence, reportYear).
MATCH (a)-[r]->(b)
WHERE elementId(r) = $id
// A statement names its fact by the identity neo4j/model/fact.ts factIdentity writes: KIND|source|target|key.
MATCH (s:Statement {fact: {{fact(r)}}})
OPTIONAL MATCH (s)-[:STATED_IN]->(src:Source)
WITH s, src
ORDER BY coalesce(s.year, src.year), s.month, src.year, s.support, s.seq
RETURN {report: CASE WHEN src:Report THEN src.id END, file: src.file, source: s.source, quote: s.quote,
        start: s.start, end: s.end, line: s.line, year: s.year, month: s.month, status: s.status,
        confidence: s.confidence, reportYear: CASE WHEN src:Report THEN src.year END} AS statement

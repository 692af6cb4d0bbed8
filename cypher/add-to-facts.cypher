// Adds a source's new statements to their locked facts' summaries, from those statements alone (what the JS summed
// up per fact), so the cost of a write never grows with how many other sources state the same facts: statementCount,
// reports and sources (new ones appended), confidence (the highest), firstYear, lastYear, and year/month when the key
// does not fix them (the earliest dated statement; month: the earliest month stated in that year).
// Parameters: facts: list of {rid: element id, source, target: its ends' ids, fixedYear, fixedMonth: boolean, count: integer, reports, sources:
//   lists of strings, confidence: float or null, firstYear, lastYear: integer or null, monthByYear: list of
//   {year: integer, month: integer} (each year the new statements date with a month, its earliest month)}.
// Returns: updated (integer).
UNWIND $facts AS f
// Found from its ends' unique index (the hints): by element id alone, a plan made while the graph was small or empty
// scans every relationship of the graph for each row.
MATCH (a:Entity {id: f.source})-[r]->(b:Entity {id: f.target})
USING INDEX a:Entity(id)
USING INDEX b:Entity(id)
WHERE elementId(r) = f.rid
WITH r, f,
     f.firstYear IS NOT NULL AND (r.firstYear IS NULL OR f.firstYear < r.firstYear) AS earlier,
     coalesce(r.reports, []) AS reports, coalesce(r.sources, []) AS sources
WITH r, f, earlier, reports, sources,
     CASE WHEN f.fixedYear OR NOT earlier THEN r.year ELSE f.firstYear END AS year
// The month of the fact's year: the new statements' earliest in that year, when earlier than the one held (or the
// year itself is new to the fact).
WITH r, f, earlier, reports, sources, year,
     head([m IN f.monthByYear WHERE m.year = year | m.month]) AS newMonth,
     earlier AND NOT f.fixedYear AS yearMoved
SET r.statementCount = coalesce(r.statementCount, 0) + f.count,
    r.reports = reports + [x IN f.reports WHERE NOT x IN reports],
    r.sources = sources + [x IN f.sources WHERE NOT x IN sources],
    r.confidence = CASE WHEN f.confidence IS NOT NULL AND (r.confidence IS NULL OR f.confidence > r.confidence) THEN f.confidence ELSE r.confidence END,
    r.firstYear = CASE WHEN earlier THEN f.firstYear ELSE r.firstYear END,
    r.lastYear = CASE WHEN f.lastYear IS NOT NULL AND (r.lastYear IS NULL OR f.lastYear > r.lastYear) THEN f.lastYear ELSE r.lastYear END,
    r.year = year,
    r.month = CASE WHEN f.fixedMonth THEN r.month
                   WHEN yearMoved THEN newMonth
                   WHEN newMonth IS NOT NULL AND (r.month IS NULL OR newMonth < r.month) THEN newMonth
                   ELSE r.month END
RETURN count(*) AS updated

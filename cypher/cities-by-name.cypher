// Existing cities by English or Russian name within a country, to match a twin list's cities to them.
// Parameters: rows: list of {name: string, country: string (ISO2)}.
// Returns: name (string), country (string), id (string); several rows when several cities match.
// The name indexes are hinted (a name picks far fewer cities than a country does, whatever the statistics said when
// the plan was made), which fixes the plan; CYPHER replan=skip then keeps it instead of re-planning it each time
// the graph's counts move far enough (several times while a list is imported).
CYPHER replan=skip
UNWIND $rows AS row
CALL (row) {
  MATCH (c:City {nameEn: row.name})
  USING INDEX c:City(nameEn)
  WHERE c.country = row.country
  RETURN c
  UNION
  MATCH (c:City {name: row.name})
  USING INDEX c:City(name)
  WHERE c.country = row.country
  RETURN c
}
RETURN row.name AS name, row.country AS country, c.id AS id
ORDER BY id

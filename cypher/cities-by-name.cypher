// Existing cities by English or Russian name within a country, to match a twin list's cities to them.
// Parameters: rows: list of {name: string, country: string (ISO2)}.
// Returns: name (string), country (string), id (string); several rows when several cities match.
UNWIND $rows AS row
CALL (row) {
  MATCH (c:City {nameEn: row.name})
  WHERE c.country = row.country
  RETURN c
  UNION
  MATCH (c:City {name: row.name})
  WHERE c.country = row.country
  RETURN c
}
RETURN row.name AS name, row.country AS country, c.id AS id
ORDER BY id

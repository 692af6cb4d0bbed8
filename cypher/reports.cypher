// The imported reports, by city and year.
// Parameters: limit (integer).
// Returns: report (map: id, file, city, year, title, sha256, importedAt, entityCount, relationCount).
MATCH (r:Report)
RETURN r {.id, .file, .city, .year, .title, .sha256, .importedAt, .entityCount, .relationCount} AS report
ORDER BY report.city, report.year, report.file
LIMIT toInteger($limit)

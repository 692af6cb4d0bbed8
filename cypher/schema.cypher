// Constraints and indexes, applied at every start (IF NOT EXISTS makes that a no-op once done).
// Parameters: none. Returns: nothing.
// Uniqueness on every label's id comes before any MERGE, so MERGE can use the index and never duplicates.
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
// The shared labels :Entity (the six kinds) and :Source (reports, twin lists); reads name a node's kind by its other label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE INDEX statement_fact IF NOT EXISTS FOR (n:Statement) ON (n.fact);
CREATE INDEX statement_support IF NOT EXISTS FOR (n:Statement) ON (n.support);
// That a source names an entity: one Mention node per (entity, source), written once and never rewritten, so an
// import's cost does not grow with how many sources name the entity (a list on the entity did: every import rewrote
// it whole). Unique, so two imports of one source never write it twice; found by entity (the constraint's index,
// entity first) and by source (removal).
CREATE CONSTRAINT mention_entity_support IF NOT EXISTS FOR (n:Mention) REQUIRE (n.entity, n.support) IS UNIQUE;
CREATE INDEX mention_support IF NOT EXISTS FOR (n:Mention) ON (n.support);
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE INDEX city_name_en IF NOT EXISTS FOR (n:City) ON (n.nameEn);
CREATE INDEX city_country IF NOT EXISTS FOR (n:City) ON (n.country);
CREATE INDEX institution_key IF NOT EXISTS FOR (n:Institution) ON (n.key);
// Names and their variants in Russian and English, for search in any form (an older index over the six labels
// is dropped first: neo4j/db/schema.ts, cypher/outdated-indexes.cypher).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameEn, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// A new version of a report is found by the city and year its text names (then its title or file name).
CREATE INDEX report_city_year IF NOT EXISTS FOR (n:Report) ON (n.city, n.year);

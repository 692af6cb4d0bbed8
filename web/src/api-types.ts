// The API's answer shapes as the web view sees them: types from the contract (neo4j/contract), and the kind lists
// from its zod-free constants module. Nothing here is written out twice.
export type { Evidence, GraphEdge, GraphNode, HistoryEntry, Relation, Subgraph } from '../../neo4j/contract/subgraph.js';
export type { EntityKind, RelationKind } from '../../neo4j/contract/kinds.js';
export type { EntityDetail, ReportRef } from '../../neo4j/contract/entity.js';
export type { SearchHit, SearchResult } from '../../neo4j/contract/search.js';
export type { RelationDetail } from '../../neo4j/contract/relation.js';
export type { SharedPartner, SharedPartners } from '../../neo4j/contract/shared-partners.js';
export type { Hop, Path, Paths } from '../../neo4j/contract/paths.js';
export type { Similar, SimilarCity } from '../../neo4j/contract/similar.js';
export type { Ranked as RankedCity, Stats } from '../../neo4j/contract/stats.js';
export type { Timeline, YearCount } from '../../neo4j/contract/timeline.js';
export type { ImportOutcome, ImportPreview, ReportDetail, ReportSummary, UploadJob } from '../../neo4j/contract/report.js';
export { ENTITY_KINDS, OVERVIEW_KINDS, PARTNER_KINDS, RELATION_KINDS, csvFileOf, isReportId } from '../../neo4j/contract/kinds.js';
export type { CountryLinks } from '../../neo4j/contract/country-links.js';

// The API's answer shapes as the web view sees them: the server's exported types where there are some, and the
// same fields written out for the answers whose zod models live inside their route files.
import type { GraphEdge, GraphNode, Relation, Subgraph, Evidence } from '../../neo4j/contract/subgraph.js';

export type { GraphEdge, GraphNode, Relation, Subgraph, Evidence };
import type { CityMetrics } from '../../neo4j/contract/stats.js';

export const RELATION_KINDS = ['TWIN', 'AGREEMENT', 'VISIT', 'PARTNER', 'CONTACT', 'PARTICIPATED_IN', 'HELD_IN', 'LOCATED_IN'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
export const ENTITY_KINDS = ['City', 'Region', 'Country', 'Institution', 'Event', 'Person'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
/** The kinds that make two places partners (shared partners, similar cities), as on the server. */
export const PARTNER_KINDS: RelationKind[] = ['TWIN', 'AGREEMENT', 'PARTNER'];

export interface SearchHit extends GraphNode {
  score: number;
}

export interface ReportRef {
  id: string;
  file: string | null;
  city: string | null;
  year: number | null;
  title: string | null;
}

export interface EntityDetail extends GraphNode {
  properties: Record<string, unknown>;
  relationCounts: Record<string, number>;
  reports: ReportRef[];
  sources: string[];
}

export interface RelationDetail {
  relation: Relation;
  source: GraphNode;
  target: GraphNode;
}

export interface SharedPartners {
  of: GraphNode[];
  partners: Array<{ partner: GraphNode; sides: Array<{ of: string; relations: Relation[] }> }>;
}

export type { Hop, Paths } from '../../neo4j/contract/paths.js';
export type { CountryLinks } from '../../neo4j/contract/country-links.js';

/** GET /api/similar/:id */
export interface Similar {
  of: GraphNode;
  similar: Array<{ city: GraphNode; common: number; jaccard: number; adamicAdar: number; shared: GraphNode[] }>;
}

export type { Ranked as RankedCity } from '../../neo4j/contract/stats.js';

/** GET /api/stats (computed on the city graph and cached until the next import). */
export interface Stats extends CityMetrics {
  labels: Record<string, number>;
  kinds: Record<string, number>;
  computedAt: string;
  cached: boolean;
}

import type { z } from 'zod';
import type { ImportOutcome as ImportOutcomeModel, ImportPreview as ImportPreviewModel, ReportDetail as ReportDetailModel } from '../../neo4j/contract/report.js';
export type { ReportSummary } from '../../neo4j/contract/report.js';
/** GET /api/reports/:id: one report's text and facts. */
export type ReportDetail = z.infer<typeof ReportDetailModel>;

/** GET /api/timeline: facts per year and kind, and the undated ones. */
export interface YearCount {
  year: number | null;
  total: number;
  byKind: Record<string, number>;
}
export interface Timeline {
  years: YearCount[];
  undated: YearCount;
}

/** POST /api/reports?dryRun=true: what an upload would add. */
export type ImportPreview = z.infer<typeof ImportPreviewModel>;
/** POST /api/reports: what an upload did. */
export type ImportOutcome = z.infer<typeof ImportOutcomeModel>;

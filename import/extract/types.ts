// The shapes every extraction stage passes along, matching ../shared/spec/extraction.md.

// The kinds are the graph's vocabulary, defined once in the core.
import type { EntityKind, RelationKind } from '../../neo4j/model/kinds.js';
export { RELATION_KINDS, UNDIRECTED_KINDS, type EntityKind, type RelationKind } from '../../neo4j/model/kinds.js';

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn?: string | null;
  /** ISO 3166-1 alpha-2 of the entity's country (cities, regions, institutions). */
  country?: string | null;
  /** ISO2 of a Country entity. */
  iso2?: string;
  /** City id an institution or event belongs to. */
  city?: string | null;
  lat?: number | null;
  lon?: number | null;
  wikidata?: string | null;
  aliases?: string[];
  role?: string | null;
  year?: number | null;
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

/**
 * One relation as extraction hands it over (the extraction contract's `relations`): a fact as one sentence states it,
 * with that sentence as its evidence; the importer makes it a statement. Not the API's `Relation`
 * (neo4j/contract/subgraph.ts), which is a stored fact with all its statements.
 */
export interface ExtractedRelation {
  kind: RelationKind;
  source: string;
  target: string;
  year: number | null;
  month: number | null;
  status: 'signed' | 'planned' | null;
  confidence: number;
  evidence: Evidence;
}

export interface ReportInfo {
  id: string;
  file: string;
  city: string | null;
  year: number | null;
  sha256: string;
  title?: string | null;
}

export interface Extraction {
  report: ReportInfo;
  text: string;
  entities: Entity[];
  relations: ExtractedRelation[];
}

/** A sentence of the normalised text, with offsets into it. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

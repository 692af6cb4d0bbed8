// The shapes every extraction stage passes along, matching ../shared/spec/extraction.md.

export type EntityKind = 'City' | 'Region' | 'Country' | 'Institution' | 'Event' | 'Person';

export const RELATION_KINDS = [
  'TWIN',
  'AGREEMENT',
  'VISIT',
  'PARTNER',
  'CONTACT',
  'PARTICIPATED_IN',
  'HELD_IN',
  'LOCATED_IN',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Undirected kinds are stored once, in canonical (sorted id) order. */
export const UNDIRECTED_KINDS: ReadonlySet<RelationKind> = new Set(['TWIN', 'AGREEMENT', 'PARTNER', 'CONTACT']);

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

export interface Relation {
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
  relations: Relation[];
}

/** A sentence of the normalised text, with offsets into it. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

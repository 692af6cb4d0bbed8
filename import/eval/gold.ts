// The gold annotation format (../shared/gold/*.json) and how to read a relation's endpoints from it; changes
// when the annotation format does, not when scoring does.
import { UNDIRECTED_KINDS } from '../../neo4j/model/kinds.js';
import type { EntityKind, RelationKind } from '../../neo4j/model/kinds.js';

/** An entity of a gold annotation (../shared/gold/*.json). */
export interface GoldEntity {
  kind: EntityKind;
  name: string;
  country?: string | null;
  iso2?: string;
  city?: string | null;
  aliases?: string[];
  note?: string;
}

/** A gold relation: undirected kinds use `a`/`b`, directed ones `from`/`to`. */
export interface GoldRelation {
  kind: RelationKind;
  a?: string;
  b?: string;
  from?: string;
  to?: string;
  year?: number | null;
  month?: number | null;
  status?: 'signed' | 'planned' | null;
  quote?: string;
  alt_quotes?: string[];
  note?: string;
}

export interface GoldReport {
  report: string;
  city?: string | null;
  year?: number | null;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export interface Endpoints {
  /** `a`/`from` */
  first: string;
  /** `b`/`to` */
  second: string;
}

/** A gold relation's endpoint names: (a, b) or (from, to). */
export function goldEndpoints(r: GoldRelation): Endpoints {
  // The format says undirected kinds use a/b and directed ones from/to; accept either spelling for any kind.
  const undirected = UNDIRECTED_KINDS.has(r.kind);
  const hasAB = r.a !== undefined || r.b !== undefined;
  const hasFromTo = r.from !== undefined || r.to !== undefined;
  return hasAB && (undirected || !hasFromTo)
    ? { first: r.a ?? '', second: r.b ?? '' }
    : { first: r.from ?? '', second: r.to ?? '' };
}

// The graph model's fixed vocabulary: node labels, relationship types, and a relationship's identity.
import { RELATION_KINDS, UNDIRECTED_KINDS, type EntityKind, type RelationKind } from '../extract/types.js';

export type NodeLabel = EntityKind;
export const NODE_LABELS: readonly NodeLabel[] = ['City', 'Region', 'Country', 'Institution', 'Event', 'Person'];

export type RelType = RelationKind;
export const REL_TYPES: readonly RelType[] = RELATION_KINDS;

export function isRelType(kind: string): kind is RelType {
  return (REL_TYPES as readonly string[]).includes(kind);
}

export function isNodeLabel(kind: string): kind is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(kind);
}

/** Symmetric kinds are stored once, source id < target id, and read undirected. */
export function isSymmetric(type: RelType): boolean {
  return UNDIRECTED_KINDS.has(type);
}

/** The endpoints in stored order: sorted for symmetric kinds, as given for directed ones. */
export function canonicalEnds(type: RelType, source: string, target: string): [string, string] {
  return isSymmetric(type) && target < source ? [target, source] : [source, target];
}

/**
 * The `key` that, with source, target and type, identifies a relationship (its MERGE key): one visit or
 * contact per (year, month), one agreement per (status, year), one of each other kind per pair.
 */
export function relKey(type: RelType, f: { year?: number | null; month?: number | null; status?: string | null }): string {
  switch (type) {
    case 'VISIT':
    case 'CONTACT':
      return `${f.year ?? ''}|${f.month ?? ''}`;
    case 'AGREEMENT':
      return `${f.status ?? ''}|${f.year ?? ''}`;
    default:
      return '';
  }
}

/** The fields a key fixes, read back from it (`undefined`: the key does not fix that field). */
export function keyFields(type: RelType, key: string): { year?: number | null; month?: number | null; status?: string | null } {
  const [a = '', b = ''] = key.split('|');
  const num = (s: string) => (s === '' ? null : Number(s));
  if (type === 'VISIT' || type === 'CONTACT') return { year: num(a), month: num(b) };
  if (type === 'AGREEMENT') return { status: a === '' ? null : a, year: num(b) };
  return {};
}

/** One string naming a relationship's identity, for maps and sets. */
export function relIdentity(r: { type: RelType; source: string; target: string; key: string }): string {
  return `${r.type}\u0000${r.source}\u0000${r.target}\u0000${r.key}`;
}

/** The label an entity id's prefix implies (`city:…` → City), for ids that reach us without an entity. */
export function labelOfId(id: string): NodeLabel | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  const byPrefix: Record<string, NodeLabel> = {
    city: 'City',
    region: 'Region',
    country: 'Country',
    inst: 'Institution',
    event: 'Event',
    person: 'Person',
  };
  return byPrefix[prefix];
}

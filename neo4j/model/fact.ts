// A fact's identity: its kind, its two ends in stored order, and its `key`. The extractor uses it to keep one
// relation per fact in a report, the importer as the relationship's MERGE key.
import { isSymmetric, type RelationKind } from './kinds.js';

/** The fields of a fact that can tell two facts of one kind between the same ends apart. */
export interface FactFields {
  year?: number | null;
  month?: number | null;
  status?: string | null;
}

/** The ends in stored order: sorted for symmetric kinds, as given for directed ones. */
export function canonicalEnds(kind: RelationKind, source: string, target: string): [string, string] {
  return isSymmetric(kind) && target < source ? [target, source] : [source, target];
}

/**
 * The `key` that, with the ends and kind, identifies a fact: one visit or contact per (year, month)
 * (`"2023|4"`), one agreement per (status, year) (`"signed|2023"`), one of each other kind per pair (`""`).
 */
export function factKey(kind: RelationKind, f: FactFields): string {
  switch (kind) {
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
export function factKeyFields(kind: RelationKind, key: string): FactFields {
  const [a = '', b = ''] = key.split('|');
  const num = (s: string) => (s === '' ? null : Number(s));
  if (kind === 'VISIT' || kind === 'CONTACT') return { year: num(a), month: num(b) };
  if (kind === 'AGREEMENT') return { status: a === '' ? null : a, year: num(b) };
  return {};
}

/** What identifies a fact: its kind, its ends in stored order and its key. */
export interface FactRef {
  kind: RelationKind;
  source: string;
  target: string;
  key: string;
}

/**
 * A fact's identity as one string, `KIND|source|target|key` (the key, last, may itself hold `|`): the importer's key
 * for maps and sets and the `fact` every Statement stores. The ends must already be in stored order.
 */
export function factIdentity(f: FactRef): string {
  return `${f.kind}|${f.source}|${f.target}|${f.key}`;
}

/** The parts of a fact identity. */
export function parseFactIdentity(fact: string): FactRef {
  const [kind, source, target, ...key] = fact.split('|');
  return { kind: kind as RelationKind, source: source ?? '', target: target ?? '', key: key.join('|') };
}

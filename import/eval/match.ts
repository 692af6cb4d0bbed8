// Name normalisation and one-to-one matching of predicted relations to gold relations (pure functions).
//
// Matching rules (the evaluation's contract; tests in test/import/eval/match.test.ts):
//
// 1. Endpoints are compared by NAME only, never by entity kind or id. A predicted endpoint id resolves through
//    `extraction.entities` to the entity's `name`, plus its `aliases` when it is an Institution or Event. A gold
//    endpoint name that names a gold Institution/Event entity (by name or alias) also brings that entity's
//    `aliases` (the gold lists spelling variants, e.g. `Урумчинский`/`Урумчийский`, exactly for this). An id
//    that resolves to no entity is compared as the bare id string (it will not match anything sensible).
// 2. Cities, regions and countries match EXACTLY after NFC, trimming and folding `ё`/`ѐ` to `е` (`ѐ` is how the
//    seeds garble `ё`; this is the only leniency). Internal whitespace and case are significant.
// 3. When either side is an Institution or Event (predicted entity kind, or the gold entity the gold name
//    resolves to), names match LOOSELY: lowercase, `ё`/`ѐ`→`е`, delete quote characters («»"“”„‘’'`),
//    turn every other non-letter/non-digit character except `№` into a space (`№` becomes a word of its own),
//    collapse spaces, then
//      a. equal sorted word multisets (case, quotes, punctuation and word order aside), or
//      b. CONTAINMENT: one name's word set contains the other's and the contained (shorter) name has ≥ 3
//         distinct words — so `Омские муниципальные библиотеки` matches
//         `БОУ города Омска «Омские муниципальные библиотеки»`. Two-word names never match by containment
//         (`Омский университет` would otherwise swallow every Omsk university).
//    Kinds of endpoints do not have to agree: a gold city may match a predicted institution of the same name.
// 4. Relation kinds must be equal. Undirected kinds (TWIN, AGREEMENT, PARTNER, CONTACT) compare the unordered
//    pair {a, b} (either orientation); directed kinds (VISIT, PARTICIPATED_IN, HELD_IN, LOCATED_IN) compare
//    (from, to) in order.
// 5. Multiplicity: matching is one-to-one. Candidate (gold, predicted) pairs are taken greedily, best first by
//    (a) name strength (exact > loose-equal > containment, the weaker endpoint counts — so pairs within the
//    same (kind, pair) group beat cross-group containment matches), (b) equal year, (c) equal month, then
//    document order. Because loose matching is not transitive, a greedy pass can strand a gold item whose only
//    candidate was taken; an augmenting-path pass then re-pairs (never un-pairs) items until no further gold
//    item can be matched, so the number of true positives is always the maximum possible.
//    Predictions left over are false positives; gold items left over are misses.
// 6. Year correctness (reported separately, not part of F1): a matched pair has the right year when
//    gold.year === predicted.year (both null counts as correct). Status correctness likewise for AGREEMENT.

import { UNDIRECTED_KINDS } from '../../neo4j/model/kinds.js';
import type { RelationKind } from '../../neo4j/model/kinds.js';

/** A relation endpoint as the matcher sees it: every name it may go by, and whether loose rules apply. */
export interface NameRef {
  names: string[];
  loose: boolean;
}

/** How well two names match: 0 none, 1 containment, 2 loose-equal word multisets, 3 exact (after folding). */
export type Strength = 0 | 1 | 2 | 3;

const QUOTES = /[«»"“”„‟‘’‚‛'`]/g;

/** `ё`/`Ё` and the seeds' garbled `ѐ`/`Ѐ` → `е`/`Е`. */
export function foldYo(s: string): string {
  return s.replace(/[ёѐ]/g, 'е').replace(/[ЁЀ]/g, 'Е');
}

/** The exact-comparison form: NFC, trimmed, ё folded. */
export function normExact(s: string): string {
  return foldYo(s.normalize('NFC').trim());
}

/** The loose-comparison form: lowercased words without quotes or punctuation (`№` kept as a word). */
export function looseWords(s: string): string[] {
  const t = foldYo(s.normalize('NFC').toLowerCase())
    .replace(QUOTES, '')
    .replace(/№/g, ' № ')
    .replace(/[^\p{L}\p{N}№]+/gu, ' ')
    .trim();
  return t === '' ? [] : t.split(' ');
}

/** Strength of the match between two single names under the exact or loose rules. */
export function nameStrength(a: string, b: string, loose: boolean): Strength {
  if (normExact(a) === normExact(b)) return 3;
  if (!loose) return 0;
  const wa = looseWords(a);
  const wb = looseWords(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  if (wa.length === wb.length && [...wa].sort().join(' ') === [...wb].sort().join(' ')) return 2;
  const sa = new Set(wa);
  const sb = new Set(wb);
  const [small, big] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size >= 3 && [...small].every((w) => big.has(w))) return 1;
  return 0;
}

/** Best strength over all names of two endpoints; loose rules apply when either endpoint is loose. */
export function refStrength(a: NameRef, b: NameRef): Strength {
  const loose = a.loose || b.loose;
  let best: Strength = 0;
  for (const x of a.names) {
    for (const y of b.names) {
      const s = nameStrength(x, y, loose);
      if (s > best) best = s;
      if (best === 3) return 3;
    }
  }
  return best;
}

/** Convenience: do two plain names match (loose or exact rules)? */
export function namesMatch(a: string, b: string, loose: boolean): boolean {
  return nameStrength(a, b, loose) > 0;
}

/** A relation reduced to what matching needs. `ends` is [a, b] or [from, to]. */
export interface MatchItem {
  kind: string;
  ends: [NameRef, NameRef];
  year: number | null;
  month: number | null;
}

/** Strength of two relations' endpoints (the weaker endpoint counts); 0 when kinds differ or names do not match. */
export function relationStrength(g: MatchItem, p: MatchItem): Strength {
  if (g.kind !== p.kind) return 0;
  const direct = Math.min(refStrength(g.ends[0], p.ends[0]), refStrength(g.ends[1], p.ends[1])) as Strength;
  if (!UNDIRECTED_KINDS.has(g.kind as RelationKind) || direct === 3) return direct;
  const crossed = Math.min(refStrength(g.ends[0], p.ends[1]), refStrength(g.ends[1], p.ends[0])) as Strength;
  return Math.max(direct, crossed) as Strength;
}

/**
 * One-to-one assignment of predictions to gold items (rule 5). Returns pairs of indices [goldIndex, predIndex],
 * sorted by gold index.
 */
export function assign(gold: readonly MatchItem[], pred: readonly MatchItem[]): Array<[number, number]> {
  const adj: number[][] = gold.map(() => []);
  const cands: Array<{ g: number; p: number; rank: number }> = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const s = relationStrength(g, p);
      if (s === 0) return;
      adj[gi]!.push(pi);
      const rank = s * 4 + (g.year === p.year ? 2 : 0) + (g.month === p.month ? 1 : 0);
      cands.push({ g: gi, p: pi, rank });
    });
  });
  cands.sort((x, y) => y.rank - x.rank || x.g - y.g || x.p - y.p);

  const goldTo = new Array<number>(gold.length).fill(-1);
  const predTo = new Array<number>(pred.length).fill(-1);
  for (const c of cands) {
    if (goldTo[c.g] === -1 && predTo[c.p] === -1) {
      goldTo[c.g] = c.p;
      predTo[c.p] = c.g;
    }
  }

  // Augmenting paths (Kuhn): matched items stay matched, only partners shift, so greedy choices mostly survive.
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const pi of adj[gi]!) {
      if (seen.has(pi)) continue;
      seen.add(pi);
      const owner = predTo[pi]!;
      if (owner === -1 || augment(owner, seen)) {
        goldTo[gi] = pi;
        predTo[pi] = gi;
        return true;
      }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) {
    if (goldTo[gi] === -1 && adj[gi]!.length > 0) augment(gi, new Set());
  }

  const out: Array<[number, number]> = [];
  goldTo.forEach((pi, gi) => {
    if (pi !== -1) out.push([gi, pi]);
  });
  return out;
}

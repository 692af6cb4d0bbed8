// Scores one extraction against its gold annotation (pure): matches predicted relations to gold ones per kind and
// counts what matched, what was missed and what was wrong; metrics.ts turns the counts into P/R/F1.
import type { EntityKind } from '../../neo4j/model/kinds.js';
import type { Entity, Extraction, ExtractedRelation } from '../extract/types.js';
import { goldEndpoints, type Endpoints, type GoldEntity, type GoldRelation, type GoldReport } from './gold.js';
import { assign, normExact } from './match.js';
import type { MatchItem, NameRef } from './match.js';
import { bandOf, bandRatios, orderedKinds, ratio, summarise, type Summary } from './metrics.js';

export interface MatchedRelation {
  kind: string;
  gold: GoldRelation;
  predicted: ExtractedRelation;
  /** The predicted endpoints' names. */
  names: Endpoints;
  yearOk: boolean;
  monthOk: boolean;
  /** null unless the kind is AGREEMENT. */
  statusOk: boolean | null;
}

/** A predicted relation that matched no gold relation, with its endpoints' names. */
export interface WrongRelation {
  kind: string;
  names: Endpoints;
  relation: ExtractedRelation;
}

export interface ScoreResult extends Summary {
  report: string;
  matched: MatchedRelation[];
  /** Gold relations not found. */
  misses: GoldRelation[];
  /** Predicted relations not in gold. */
  wrongs: WrongRelation[];
  /** Gold City names with no City entity of that name in the extraction. */
  missingCities: string[];
  /** Predicted endpoint ids that resolve to no entity. */
  unresolvedIds: string[];
}

const LOOSE_KINDS: ReadonlySet<EntityKind> = new Set(['Institution', 'Event']);

/** Score one report. Pure: the same inputs always give the same result. */
export function score(gold: GoldReport, extraction: Extraction): ScoreResult {
  // Gold names → gold entity (by name or alias), to know which names are institutions/events and their aliases.
  const goldIndex = new Map<string, GoldEntity>();
  for (const e of gold.entities ?? []) {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const key = normExact(n);
      if (!goldIndex.has(key)) goldIndex.set(key, e);
    }
  }
  const goldRef = (name: string): NameRef => {
    const e = goldIndex.get(normExact(name));
    if (e && LOOSE_KINDS.has(e.kind)) return { names: [name, e.name, ...(e.aliases ?? [])], loose: true };
    return { names: [name], loose: false };
  };

  const byId = new Map<string, Entity>();
  for (const e of extraction.entities ?? []) byId.set(e.id, e);
  const unresolved = new Set<string>();
  const predRef = (id: string): NameRef => {
    const e = byId.get(id);
    if (!e) {
      unresolved.add(id);
      return { names: [id], loose: false };
    }
    if (LOOSE_KINDS.has(e.kind)) return { names: [e.name, ...(e.aliases ?? [])], loose: true };
    return { names: [e.name], loose: false };
  };
  const predName = (id: string): string => byId.get(id)?.name ?? id;

  const goldRels = gold.relations ?? [];
  const predRels = extraction.relations ?? [];
  const kinds = new Set<string>([...goldRels.map((r) => r.kind), ...predRels.map((r) => r.kind)]);

  const counts = new Map<string, { gold: number; predicted: number; tp: number }>();
  const matched: MatchedRelation[] = [];
  const misses: GoldRelation[] = [];
  const wrongs: WrongRelation[] = [];

  for (const kind of orderedKinds(kinds)) {
    const g = goldRels.filter((r) => r.kind === kind);
    const p = predRels.filter((r) => r.kind === kind);
    if (g.length === 0 && p.length === 0) continue;
    const gItems: MatchItem[] = g.map((r) => {
      const { first, second } = goldEndpoints(r);
      return { kind, ends: [goldRef(first), goldRef(second)], year: r.year ?? null, month: r.month ?? null };
    });
    const pItems: MatchItem[] = p.map((r) => ({
      kind,
      ends: [predRef(r.source), predRef(r.target)],
      year: r.year ?? null,
      month: r.month ?? null,
    }));
    const pairs = assign(gItems, pItems);
    const goldUsed = new Set<number>();
    const predUsed = new Set<number>();
    for (const [gi, pi] of pairs) {
      goldUsed.add(gi);
      predUsed.add(pi);
      const gr = g[gi]!;
      const pr = p[pi]!;
      matched.push({
        kind,
        gold: gr,
        predicted: pr,
        names: { first: predName(pr.source), second: predName(pr.target) },
        yearOk: (gr.year ?? null) === (pr.year ?? null),
        monthOk: (gr.month ?? null) === (pr.month ?? null),
        statusOk: kind === 'AGREEMENT' ? (gr.status ?? null) === (pr.status ?? null) : null,
      });
    }
    g.forEach((r, i) => {
      if (!goldUsed.has(i)) misses.push(r);
    });
    p.forEach((r, i) => {
      if (!predUsed.has(i)) {
        wrongs.push({ kind, names: { first: predName(r.source), second: predName(r.target) }, relation: r });
      }
    });
    counts.set(kind, { gold: g.length, predicted: p.length, tp: pairs.length });
  }

  // City entity recall: gold City names among the extraction's City entity names (exact after ё folding).
  const predCities = new Set(
    (extraction.entities ?? []).filter((e) => e.kind === 'City').map((e) => normExact(e.name)),
  );
  const goldCities = [
    ...new Map(
      (gold.entities ?? []).filter((e) => e.kind === 'City').map((e) => [normExact(e.name), e.name] as const),
    ).entries(),
  ];
  const missingCities = goldCities.filter(([key]) => !predCities.has(key)).map(([, name]) => name);

  const agreements = matched.filter((m) => m.statusOk !== null);
  const bandCounts = new Map<string, { correct: number; total: number }>();
  const countBand = (r: ExtractedRelation, right: boolean) => {
    const c = bandCounts.get(bandOf(r.confidence ?? 0)) ?? { correct: 0, total: 0 };
    c.total++;
    if (right) c.correct++;
    bandCounts.set(bandOf(r.confidence ?? 0), c);
  };
  for (const m of matched) countBand(m.predicted, true);
  for (const w of wrongs) countBand(w.relation, false);
  const hasGoldCity = typeof gold.city === 'string' && gold.city !== '';
  const summary = summarise(
    counts,
    ratio(matched.filter((m) => m.yearOk).length, matched.length),
    ratio(agreements.filter((m) => m.statusOk).length, agreements.length),
    ratio(goldCities.length - missingCities.length, goldCities.length),
    hasGoldCity ? ratio(normExact(extraction.report?.city ?? '') === normExact(gold.city!) ? 1 : 0, 1) : ratio(0, 0),
    bandRatios(bandCounts),
  );
  return {
    report: gold.report,
    ...summary,
    matched,
    misses,
    wrongs,
    missingCities,
    unresolvedIds: [...unresolved].sort(),
  };
}

// Scores one extraction against its gold annotation (pure: score, aggregate) — P/R/F1 per kind, micro-F1, year/status accuracy.
import { RELATION_KINDS, UNDIRECTED_KINDS } from '../extract/types.js';
import type { Entity, EntityKind, Extraction, Relation, RelationKind } from '../extract/types.js';
import { assign, normExact } from './match.js';
import type { MatchItem, NameRef } from './match.js';

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

export const CORE_KINDS: readonly RelationKind[] = ['TWIN', 'AGREEMENT', 'VISIT'];

/** Counts and derived metrics; a metric is null where it is undefined (nothing to divide by). */
export interface KindScore {
  gold: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Ratio {
  correct: number;
  total: number;
  /** correct / total, null when total is 0. */
  share: number | null;
}

export interface Summary {
  /** Every kind of RELATION_KINDS, in that order, then any other kind met in gold or predictions. */
  kinds: Record<string, KindScore>;
  /** Micro over TWIN + AGREEMENT + VISIT. */
  core: KindScore;
  /** Micro over all kinds. */
  all: KindScore;
  /** Matched relations whose year equals the gold year. */
  year: Ratio;
  /** Matched AGREEMENTs whose status equals the gold status. */
  status: Ratio;
  /** Gold City names found among the extraction's City entities. */
  cities: Ratio;
  /** Reports whose detected city (`report.city`) is the gold city. */
  reportCity: Ratio;
  /** Predicted relations per confidence band (lower bound of the band → right/predicted), for choosing a threshold. */
  bands: Record<string, Ratio>;
}

/** Lower bounds of the confidence bands eval reports precision for, highest first. */
export const CONFIDENCE_BANDS = [0.9, 0.8, 0.7, 0.6, 0] as const;

/** The band a confidence falls in, as its lower bound's label. */
export function bandOf(confidence: number): string {
  return (CONFIDENCE_BANDS.find((b) => confidence >= b) ?? 0).toFixed(1);
}

export interface Endpoints {
  /** `a`/`from` */
  first: string;
  /** `b`/`to` */
  second: string;
}

export interface MatchedRelation {
  kind: string;
  gold: GoldRelation;
  predicted: Relation;
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
  relation: Relation;
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

export interface AggregateResult extends Summary {
  reports: number;
}

const LOOSE_KINDS: ReadonlySet<EntityKind> = new Set(['Institution', 'Event']);

function ratio(correct: number, total: number): Ratio {
  return { correct, total, share: total === 0 ? null : correct / total };
}

/** P/R/F1 from counts: precision null without predictions, recall null without gold, F1 null without either. */
export function kindScore(gold: number, predicted: number, tp: number): KindScore {
  const fp = predicted - tp;
  const fn = gold - tp;
  return {
    gold,
    predicted,
    tp,
    fp,
    fn,
    precision: predicted === 0 ? null : tp / predicted,
    recall: gold === 0 ? null : tp / gold,
    f1: gold + predicted === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

function micro(kinds: Record<string, KindScore>, only?: readonly string[]): KindScore {
  let g = 0;
  let p = 0;
  let t = 0;
  for (const [kind, s] of Object.entries(kinds)) {
    if (only && !only.includes(kind)) continue;
    g += s.gold;
    p += s.predicted;
    t += s.tp;
  }
  return kindScore(g, p, t);
}

function orderedKinds(extra: Iterable<string>): string[] {
  const known: readonly string[] = RELATION_KINDS;
  const rest = [...new Set(extra)].filter((k) => !known.includes(k)).sort();
  return [...known, ...rest];
}

function summarise(
  counts: Map<string, { gold: number; predicted: number; tp: number }>,
  year: Ratio,
  status: Ratio,
  cities: Ratio,
  reportCity: Ratio,
  bands: Record<string, Ratio>,
): Summary {
  const kinds: Record<string, KindScore> = {};
  for (const k of orderedKinds(counts.keys())) {
    const c = counts.get(k) ?? { gold: 0, predicted: 0, tp: 0 };
    kinds[k] = kindScore(c.gold, c.predicted, c.tp);
  }
  return { kinds, core: micro(kinds, CORE_KINDS), all: micro(kinds), year, status, cities, reportCity, bands };
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
  const countBand = (r: Relation, right: boolean) => {
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

function bandRatios(counts: Map<string, { correct: number; total: number }>): Record<string, Ratio> {
  const out: Record<string, Ratio> = {};
  for (const b of CONFIDENCE_BANDS) {
    const c = counts.get(b.toFixed(1));
    if (c) out[b.toFixed(1)] = ratio(c.correct, c.total);
  }
  return out;
}

/** Sum several reports' counts and recompute every metric from the sums (micro over reports). */
export function aggregate(results: readonly Summary[]): AggregateResult {
  const counts = new Map<string, { gold: number; predicted: number; tp: number }>();
  const year = { correct: 0, total: 0 };
  const status = { correct: 0, total: 0 };
  const cities = { correct: 0, total: 0 };
  const reportCity = { correct: 0, total: 0 };
  const bands = new Map<string, { correct: number; total: number }>();
  for (const r of results) {
    for (const [band, part] of Object.entries(r.bands ?? {})) {
      const c = bands.get(band) ?? { correct: 0, total: 0 };
      c.correct += part.correct;
      c.total += part.total;
      bands.set(band, c);
    }
    for (const [kind, s] of Object.entries(r.kinds)) {
      const c = counts.get(kind) ?? { gold: 0, predicted: 0, tp: 0 };
      c.gold += s.gold;
      c.predicted += s.predicted;
      c.tp += s.tp;
      counts.set(kind, c);
    }
    for (const [acc, part] of [
      [year, r.year],
      [status, r.status],
      [cities, r.cities],
      [reportCity, r.reportCity ?? ratio(0, 0)],
    ] as const) {
      acc.correct += part.correct;
      acc.total += part.total;
    }
  }
  return {
    reports: results.length,
    ...summarise(
      counts,
      ratio(year.correct, year.total),
      ratio(status.correct, status.total),
      ratio(cities.correct, cities.total),
      ratio(reportCity.correct, reportCity.total),
      bandRatios(bands),
    ),
  };
}

// From counts to metrics (P/R/F1 per kind, micro over the core kinds and all kinds, ratios, confidence bands),
// and their sums over several reports. Pure; apart from matching because the metrics change for other reasons.
import { RELATION_KINDS } from '../../neo4j/model/kinds.js';
import type { RelationKind } from '../../neo4j/model/kinds.js';

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

export interface AggregateResult extends Summary {
  reports: number;
}

export function ratio(correct: number, total: number): Ratio {
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

export function orderedKinds(extra: Iterable<string>): string[] {
  const known: readonly string[] = RELATION_KINDS;
  const rest = [...new Set(extra)].filter((k) => !known.includes(k)).sort();
  return [...known, ...rest];
}

export function summarise(
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

export function bandRatios(counts: Map<string, { correct: number; total: number }>): Record<string, Ratio> {
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

// Formats evaluation results for people (a fixed-width table, then misses and wrong relations) and for machines (JSON).
import { UNDIRECTED_KINDS } from '../../neo4j/model/kinds.js';
import type { RelationKind } from '../../neo4j/model/kinds.js';
import { goldEndpoints, type Endpoints } from './gold.js';
import type { AggregateResult, KindScore, Ratio, Summary } from './metrics.js';
import type { ScoreResult } from './score.js';

/** The share of matched relations whose year must be right (issue 9: at least 90% on the dev set). */
export const YEAR_TARGET = 0.9;

export interface ReportOptions {
  verbose?: boolean;
  /** Maximum characters of a quoted sentence. */
  quoteLength?: number;
}

/** One evaluated report: its result, or the error that kept the extractor from producing one. */
export interface EvaluatedReport {
  file: string;
  result: ScoreResult;
  error?: string;
}

/** A metric as text: three decimals, or '—' when it is undefined. */
export function fmt(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

function pct(r: Ratio): string {
  return r.share === null ? '—' : `${(r.share * 100).toFixed(1)}% (${r.correct}/${r.total})`;
}

/** Whitespace collapsed, cut to `max` characters with an ellipsis. */
export function trimQuote(q: string | undefined | null, max = 200): string {
  const t = (q ?? '').replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

function pairText(kind: string, e: Endpoints): string {
  return `${e.first} ${UNDIRECTED_KINDS.has(kind as RelationKind) ? '—' : '→'} ${e.second}`;
}

function when(year: number | null | undefined, month: number | null | undefined): string {
  if (year == null && month == null) return 'no year';
  if (month == null) return String(year);
  return `${year ?? '????'}-${String(month).padStart(2, '0')}`;
}

const COLS = [
  ['kind', 16],
  ['gold', 6],
  ['pred', 6],
  ['TP', 6],
  ['P', 7],
  ['R', 7],
  ['F1', 7],
] as const;

function row(label: string, s: KindScore): string {
  const cells = [label, s.gold, s.predicted, s.tp, fmt(s.precision), fmt(s.recall), fmt(s.f1)].map(String);
  return cells.map((c, i) => (i === 0 ? c.padEnd(COLS[i]![1]) : c.padStart(COLS[i]![1]))).join(' ');
}

/** The metrics table and the summary lines under it. */
export function formatSummary(s: Summary): string {
  const header = COLS.map(([h, w], i) => (i === 0 ? h.padEnd(w) : h.padStart(w))).join(' ');
  const rule = '-'.repeat(header.length);
  const lines = [header, rule];
  for (const [kind, k] of Object.entries(s.kinds)) lines.push(row(kind, k));
  lines.push(rule, row('core micro', s.core), row('all micro', s.all), '');
  const yearMark = s.year.share === null ? '' : s.year.share >= YEAR_TARGET ? '  ok' : '  BELOW TARGET';
  lines.push(`core micro-F1 (TWIN+AGREEMENT+VISIT): ${fmt(s.core.f1)}`);
  lines.push(`all-kinds micro-F1:                   ${fmt(s.all.f1)}`);
  lines.push(`year correct among matched:           ${pct(s.year)}  target ≥ ${YEAR_TARGET * 100}%${yearMark}`);
  lines.push(`AGREEMENT status correct:             ${pct(s.status)}`);
  lines.push(`city entity recall:                   ${pct(s.cities)}`);
  if (s.reportCity.total > 0) lines.push(`report city right:                    ${pct(s.reportCity)}`);
  const bands = Object.entries(s.bands);
  if (bands.length > 0) {
    lines.push('precision per confidence band (right/predicted):');
    for (const [band, r] of bands) lines.push(`  confidence ≥ ${band}:                   ${pct(r)}`);
  }
  return lines.join('\n');
}

/** Misses and wrong relations of one report, grouped by kind (plus year/status slips and more when verbose). */
export function formatErrors(r: ScoreResult, opts: ReportOptions = {}): string {
  const max = opts.quoteLength ?? 200;
  const lines: string[] = [];
  for (const kind of Object.keys(r.kinds)) {
    const misses = r.misses.filter((m) => m.kind === kind);
    const wrongs = r.wrongs.filter((w) => w.kind === kind);
    const slips = opts.verbose ? r.matched.filter((m) => m.kind === kind && (!m.yearOk || m.statusOk === false)) : [];
    if (misses.length + wrongs.length + slips.length === 0) continue;
    lines.push(`  ${kind}`);
    for (const m of misses) {
      lines.push(`    - missed ${pairText(kind, goldEndpoints(m))} (${when(m.year, m.month)})`);
      lines.push(`        « ${trimQuote(m.quote, max)} »`);
    }
    for (const w of wrongs) {
      const rel = w.relation;
      lines.push(`    + wrong  ${pairText(kind, w.names)} (${when(rel.year, rel.month)})`);
      lines.push(`        « ${trimQuote(rel.evidence?.quote, max)} »`);
    }
    for (const m of slips) {
      const what = [
        m.yearOk ? '' : `year ${m.predicted.year ?? 'null'} instead of ${m.gold.year ?? 'null'}`,
        m.statusOk === false ? `status ${m.predicted.status ?? 'null'} instead of ${m.gold.status ?? 'null'}` : '',
      ].filter(Boolean);
      lines.push(`    ~ slip   ${pairText(kind, m.names)}: ${what.join(', ')}`);
    }
  }
  if (opts.verbose && r.missingCities.length > 0) lines.push(`  cities not found: ${r.missingCities.join(', ')}`);
  if (opts.verbose && r.unresolvedIds.length > 0) lines.push(`  endpoint ids with no entity: ${r.unresolvedIds.join(', ')}`);
  return lines.join('\n');
}

/** The whole human-readable evaluation. */
export function formatReport(reports: readonly EvaluatedReport[], total: AggregateResult, opts: ReportOptions = {}): string {
  const out: string[] = [];
  out.push(`Evaluated ${total.reports} report(s) against gold.`, '');
  for (const { file, result: r, error } of reports) {
    out.push(
      `  ${r.report.padEnd(14)} ${file.padEnd(20)} core F1 ${fmt(r.core.f1)}  all F1 ${fmt(r.all.f1)}  ` +
        `gold ${r.all.gold}  pred ${r.all.predicted}  TP ${r.all.tp}${error ? `  EXTRACTOR FAILED: ${error}` : ''}`,
    );
  }
  out.push('', formatSummary(total));
  for (const er of reports) {
    if (opts.verbose) out.push('', `== ${er.result.report} ==`, formatSummary(er.result));
    const errors = formatErrors(er.result, opts);
    if (errors) out.push('', `== ${er.result.report}: ${er.result.misses.length} missed, ${er.result.wrongs.length} wrong ==`, errors);
  }
  return out.join('\n');
}

/** The metrics as JSON: totals and per report (with misses/wrongs listed when verbose). */
export function toJson(reports: readonly EvaluatedReport[], total: AggregateResult, opts: ReportOptions = {}): string {
  const strip = ({ matched, misses, wrongs, ...rest }: ScoreResult) => ({
    ...rest,
    missed: misses.length,
    wrong: wrongs.length,
    ...(opts.verbose
      ? {
          misses: misses.map((m) => ({ kind: m.kind, ...goldEndpoints(m), year: m.year ?? null, month: m.month ?? null, quote: m.quote ?? null })),
          wrongs: wrongs.map((w) => ({
            kind: w.kind,
            ...w.names,
            year: w.relation.year,
            month: w.relation.month,
            quote: w.relation.evidence?.quote ?? null,
          })),
          slips: matched
            .filter((m) => !m.yearOk || m.statusOk === false)
            .map((m) => ({ kind: m.kind, ...m.names, year: m.predicted.year, goldYear: m.gold.year ?? null, status: m.predicted.status, goldStatus: m.gold.status ?? null })),
        }
      : {}),
  });
  return JSON.stringify(
    { total, yearTarget: YEAR_TARGET, reports: reports.map((r) => ({ file: r.file, ...(r.error ? { error: r.error } : {}), ...strip(r.result) })) },
    null,
    2,
  );
}

/** One line per evaluated set: the figures issue 9 tracks, side by side. */
export function formatOverview(sets: ReadonlyArray<{ name: string; total: AggregateResult }>): string {
  const share = (r: Ratio) => (r.share === null ? '—' : `${(r.share * 100).toFixed(0)}%`);
  const lines = ['######## overview', '', 'set      reports  core F1  all F1  report city  year   city recall  P(conf ≥ 0.9)'];
  for (const { name, total: t } of sets) {
    const high = t.bands['0.9'];
    lines.push(
      `${name.padEnd(8)} ${String(t.reports).padStart(7)}  ${fmt(t.core.f1).padStart(7)}  ${fmt(t.all.f1).padStart(6)}  ` +
        `${share(t.reportCity).padStart(11)}  ${share(t.year).padStart(4)}  ${share(t.cities).padStart(11)}  ${high ? share(high) : '—'}`,
    );
  }
  return lines.join('\n');
}

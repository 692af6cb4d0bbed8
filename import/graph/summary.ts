// The import's report to a person: one line per file (entities, relations, new vs already known) and a total.
import type { FileResult } from './import-reports.js';

export function fileLine(r: FileResult, dryRun = false): string {
  const name = r.file.padEnd(24);
  if (r.status === 'failed' || !r.outcome) return `${name} FAILED: ${r.error ?? 'unknown error'}`;
  const o = r.outcome;
  const s = o.stats;
  const verb = dryRun
    ? { imported: 'would import', replaced: 'would replace', unchanged: 'unchanged' }[o.status]
    : o.status;
  const replaced = o.replaced.length > 0 ? ` (replaces ${o.replaced.join(', ')})` : '';
  const head = `${name} ${verb.padEnd(13)} ${o.reportId}${replaced}`;
  if (o.status === 'unchanged') return `${head}  entities ${o.nodes}, relations ${o.rels}: already in the graph`;
  const skipped = o.skipped.length > 0 ? `; ${o.skipped.length} relations skipped` : '';
  return (
    `${head}  entities ${o.nodes} (new ${s.nodesNew}, known ${s.nodesKnown}), ` +
    `relations ${o.rels} (new ${s.relsNew}, known ${s.relsKnown})${skipped}`
  );
}

export interface Totals {
  files: number;
  imported: number;
  replaced: number;
  unchanged: number;
  failed: number;
  nodesNew: number;
  nodesKnown: number;
  relsNew: number;
  relsKnown: number;
}

export function totals(results: FileResult[]): Totals {
  const t: Totals = { files: results.length, imported: 0, replaced: 0, unchanged: 0, failed: 0, nodesNew: 0, nodesKnown: 0, relsNew: 0, relsKnown: 0 };
  for (const r of results) {
    t[r.status]++;
    if (!r.outcome || r.outcome.status === 'unchanged') continue;
    t.nodesNew += r.outcome.stats.nodesNew;
    t.nodesKnown += r.outcome.stats.nodesKnown;
    t.relsNew += r.outcome.stats.relsNew;
    t.relsKnown += r.outcome.stats.relsKnown;
  }
  return t;
}

export function totalLine(results: FileResult[], dryRun = false): string {
  const t = totals(results);
  const counts = [
    `${t.imported} ${dryRun ? 'to import' : 'imported'}`,
    `${t.replaced} ${dryRun ? 'to replace' : 'replaced'}`,
    `${t.unchanged} unchanged`,
    `${t.failed} failed`,
  ].join(', ');
  return (
    `total: ${t.files} file${t.files === 1 ? '' : 's'} (${counts}); entities ${t.nodesNew} new, ${t.nodesKnown} known; ` +
    `relations ${t.relsNew} new, ${t.relsKnown} known${dryRun ? ' (dry run: nothing written)' : ''}`
  );
}

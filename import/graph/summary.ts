// The import's report to a person: one line per file (entities, facts, new vs already known) and a total.
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
  if (o.status === 'unchanged') return `${head}  entities ${o.entities}, facts ${o.facts}: already in the graph`;
  const skipped = o.skipped.length > 0 ? `; ${o.skipped.length} relations skipped` : '';
  return (
    `${head}  entities ${o.entities} (new ${s.entitiesNew}, known ${s.entitiesKnown}), ` +
    `facts ${o.facts} (new ${s.factsNew}, known ${s.factsKnown})${skipped}`
  );
}

export interface Totals {
  files: number;
  imported: number;
  replaced: number;
  unchanged: number;
  failed: number;
  entitiesNew: number;
  entitiesKnown: number;
  factsNew: number;
  factsKnown: number;
}

export function totals(results: FileResult[]): Totals {
  const t: Totals = { files: results.length, imported: 0, replaced: 0, unchanged: 0, failed: 0, entitiesNew: 0, entitiesKnown: 0, factsNew: 0, factsKnown: 0 };
  for (const r of results) {
    t[r.status]++;
    if (!r.outcome || r.outcome.status === 'unchanged') continue;
    t.entitiesNew += r.outcome.stats.entitiesNew;
    t.entitiesKnown += r.outcome.stats.entitiesKnown;
    t.factsNew += r.outcome.stats.factsNew;
    t.factsKnown += r.outcome.stats.factsKnown;
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
    `total: ${t.files} file${t.files === 1 ? '' : 's'} (${counts}); entities ${t.entitiesNew} new, ${t.entitiesKnown} known; ` +
    `facts ${t.factsNew} new, ${t.factsKnown} known${dryRun ? ' (dry run: nothing written)' : ''}`
  );
}

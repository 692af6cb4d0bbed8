// `twingraph extract FILE [--json]`: one report's extraction, as contract JSON or a readable summary.
// The extraction alone, not the importer's entry point: that one loads the database driver and graph writers too.
import { extractFile } from '../extract/extract.js';
import { isReportError } from '../extract/errors.js';
import type { Extraction } from '../extract/types.js';

export async function extractCommand(file: string, opts: { json?: boolean }): Promise<void> {
  let extraction: Extraction;
  try {
    extraction = await extractFile(file);
  } catch (err) {
    const message = isReportError(err) ? err.message : `${file}: ${(err as Error).message}`;
    console.error(message.split('\n')[0]);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(opts.json ? `${JSON.stringify(extraction, null, 2)}\n` : summary(extraction));
}

/** Counts per kind, then each relation as `KIND  source → target  (year)  "evidence…"`. */
export function summary(x: Extraction): string {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [];
  lines.push(`${x.report.file}: ${x.report.city ?? 'unknown city'}, ${x.report.year ?? 'unknown year'} (report ${x.report.id})`);
  const entityCounts = count(x.entities.map((e) => e.kind));
  const relationCounts = count(x.relations.map((r) => r.kind));
  lines.push(`entities: ${fmtCounts(entityCounts) || 'none'}`);
  lines.push(`relations: ${fmtCounts(relationCounts) || 'none'}`);
  lines.push('');
  for (const r of x.relations) {
    const arrow = r.kind === 'TWIN' || r.kind === 'AGREEMENT' || r.kind === 'PARTNER' || r.kind === 'CONTACT' ? '—' : '→';
    const quote = r.evidence.quote.length > 90 ? `${r.evidence.quote.slice(0, 89)}…` : r.evidence.quote;
    const when = r.year ? ` (${r.year}${r.month ? `-${String(r.month).padStart(2, '0')}` : ''})` : '';
    const status = r.status === 'planned' ? ' [planned]' : '';
    lines.push(`${r.kind.padEnd(15)} ${name.get(r.source) ?? r.source} ${arrow} ${name.get(r.target) ?? r.target}${when}${status}  "${quote}"`);
  }
  return `${lines.join('\n')}\n`;
}

function count(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
}

function fmtCounts(m: Map<string, number>): string {
  return [...m.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
}

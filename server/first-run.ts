// On a fresh graph, imports the bundled sample reports so `npm start` shows something real at once.
import { fileURLToPath } from 'node:url';
import { importReports } from '../import/graph/import-reports.js';
import { fileLine, totalLine } from '../import/graph/summary.js';
import type { GraphDb } from './db/graph-db.js';

export const SAMPLE_REPORTS = fileURLToPath(new URL('../data/reports/', import.meta.url));

export async function importSamplesIfEmpty(db: GraphDb, say: (msg: string) => void, folder = SAMPLE_REPORTS): Promise<void> {
  const [row] = await db.read<{ reports: number }>('count-reports');
  if ((row?.reports ?? 0) > 0) return;
  say(`the graph has no reports yet: importing the sample reports in ${folder}`);
  const results = await importReports(db, [folder], { onFile: (r) => say(fileLine(r)) });
  say(totalLine(results));
}

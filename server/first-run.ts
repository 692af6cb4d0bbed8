// On a fresh graph, imports the bundled sample reports so `npm start` shows something real at once.
import { fileLine, importReports, SAMPLE_REPORTS, totalLine } from '../import/index.js';
import type { GraphDb } from '../neo4j/db/graph-db.js';

export async function importSamplesIfEmpty(db: GraphDb, say: (msg: string) => void, folder = SAMPLE_REPORTS): Promise<void> {
  const [row] = await db.read<{ reports: number }>('count-reports');
  if ((row?.reports ?? 0) > 0) return;
  say(`the graph has no reports yet: importing the sample reports in ${folder}`);
  const results = await importReports(db, [folder], { onFile: (r) => say(fileLine(r)) });
  say(totalLine(results));
}

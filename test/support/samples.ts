// Loads the bundled sample reports into the test graph (reports already there come back unchanged, quickly).
import { fileURLToPath } from 'node:url';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { importReports } from '../../import/graph/import-reports.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../../data/reports/', import.meta.url));

export async function loadSamples(db: GraphDb): Promise<void> {
  const results = await importReports(db, [SAMPLES_DIR]);
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length > 0) throw new Error(`samples did not import: ${failed.map((f) => `${f.file}: ${f.error}`).join('; ')}`);
}

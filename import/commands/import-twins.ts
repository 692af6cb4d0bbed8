// `twingraph import-twins FILE.csv`: a twin-city list into the graph, in batched idempotent transactions, with
// a summary of matched and created cities and the rejected rows.
import type { GraphDb } from '../../server/db/graph-db.js';
import { importTwins } from '../twins/import-twins.js';
import { twinsSummaryLines } from '../twins/twins-summary.js';
import { progressBar, type Progress } from './progress.js';
import { withDatabase } from './with-database.js';

export async function importTwinsCommand(file: string): Promise<void> {
  process.exitCode = await withDatabase((db) => runImportTwins(db, file, (line) => console.log(line), progressBar()));
}

/** Imports one twin list, printing through `say`; returns the exit code (0 even with rejected rows). */
export async function runImportTwins(db: GraphDb, file: string, say: (line: string) => void, bar?: Progress): Promise<number> {
  const started = performance.now();
  let begun = false;
  try {
    const summary = await importTwins(db, file, {
      onBatch: (done, total) => {
        if (bar && !begun) bar.start(total);
        begun = true;
        if (bar) bar.update(done, 'rows');
        else say(`${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows written`);
      },
    });
    bar?.stop();
    for (const line of twinsSummaryLines(summary, (performance.now() - started) / 1000)) say(line);
    return 0;
  } catch (err) {
    bar?.stop();
    throw err;
  }
}

// `twingraph import-twins FILE.csv`: a twin-city list into the graph, in batched idempotent transactions, with
// a summary of matched and created cities and the rejected rows.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { DatabaseUnavailableError } from '../../neo4j/db/errors.js';
import { importTwins, readTwinFile } from '../index.js';
import { readTwinCsv } from '../twins/read-twins.js';
import { twinsSummaryLines } from '../twins/twins-summary.js';
import { progressBar, type Progress } from './progress.js';
import { withDatabase } from './with-database.js';

export async function importTwinsCommand(file: string): Promise<void> {
  readTwinCsv(await readTwinFile(file)); // a missing file or a bad header fails before any database starts
  process.exitCode = await withDatabase((db) => runImportTwins(db, file, (line) => console.log(line), progressBar()));
}

/** Imports one twin list, printing through `say`; returns the exit code (0 even with rejected rows). */
export async function runImportTwins(db: GraphDb, file: string, say: (line: string) => void, bar?: Progress): Promise<number> {
  const started = performance.now();
  const n = (x: number) => x.toLocaleString('en-US');
  let written = 0;
  try {
    const summary = await importTwins(db, file, {
      onBatch: (done, total) => {
        if (bar && written === 0) bar.start(total);
        written = done;
        if (bar) bar.update(done, 'rows');
        else say(`${n(done)} of ${n(total)} rows written`);
      },
    });
    bar?.stop();
    for (const line of twinsSummaryLines(summary, (performance.now() - started) / 1000)) say(line);
    return 0;
  } catch (err) {
    bar?.stop();
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    say(`Neo4j became unreachable after ${n(written)} rows; what was written stays, and a rerun completes the job`);
    return 1;
  }
}

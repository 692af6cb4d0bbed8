// `twingraph remove REPORT_ID`: takes a report and the facts only it supported out of the graph.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { NotFoundError } from '../../neo4j/model/errors.js';
import { removeReport, type RemovalOutcome } from '../index.js';
import { withDatabase } from './with-database.js';

export async function removeCommand(reportId: string): Promise<void> {
  process.exitCode = await withDatabase((db) => runRemove(db, reportId, (line) => console.log(line), (line) => console.error(line)));
}

/** Removes one report, printing through `say` (errors through `complain`); returns the exit code. */
export async function runRemove(
  db: GraphDb,
  reportId: string,
  say: (line: string) => void,
  complain: (line: string) => void,
): Promise<number> {
  let r: RemovalOutcome;
  try {
    r = await removeReport(db, reportId);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    complain(`twingraph: no report with id "${reportId}" in the graph (see the ids that \`twingraph import\` prints)`);
    return 1;
  }
  say(
    `removed ${r.id} (${r.file}): facts ${r.relationsDeleted} deleted, ${r.relationsKept} kept ` +
      `with other support; entities ${r.entitiesDeleted} deleted, ${r.entitiesKept} kept`,
  );
  return 0;
}

// `twingraph remove REPORT_ID`: takes a report and the facts only it supported out of the graph.
import type { GraphDb } from '../../server/db/graph-db.js';
import { removeReport } from '../graph/remove.js';
import { run } from '../graph/tx.js';
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
  const result = await db.writeTx(async (tx) => {
    const [report] = await run<{ id: string; file: string }>(tx, 'report-by-id', { id: reportId });
    if (!report) return undefined;
    return { report, stats: await removeReport(tx, reportId) };
  });
  if (!result) {
    complain(`twingraph: no report with id "${reportId}" in the graph (see the ids that \`twingraph import\` prints)`);
    return 1;
  }
  const s = result.stats;
  say(
    `removed ${result.report.id} (${result.report.file}): relations ${s.relsDeleted} deleted, ${s.relsUpdated} kept ` +
      `with other support; entities ${s.nodesDeleted} deleted, ${s.nodesUpdated} kept`,
  );
  return 0;
}

// `twingraph import PATH... [--dry-run]`: report files and folders into the graph, one transaction per report,
// with a summary per file and a total; exits non-zero when any file failed.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { fileLine, findReportFiles, importReports, totalLine, type FileResult } from '../index.js';
import { progressBar, type Progress } from './progress.js';
import { withDatabase } from './with-database.js';

export async function importCommand(paths: string[], opts: { dryRun?: boolean; replace?: boolean }): Promise<void> {
  const found = await findReportFiles(paths);
  if (found.files.length === 0) {
    for (const m of found.missing) console.error(`twingraph: ${m.path}: ${m.reason}`);
    console.error(`twingraph: no report files (.txt .md .docx .pdf) in ${paths.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  process.exitCode = await withDatabase((db) => runImport(db, paths, opts, (line) => console.log(line), progressBar()));
}

/** Imports (or dry-runs) the paths, printing through `say`; returns the exit code. */
export async function runImport(
  db: GraphDb,
  paths: string[],
  opts: { dryRun?: boolean; replace?: boolean },
  say: (line: string) => void,
  bar?: Progress,
): Promise<number> {
  const dryRun = opts.dryRun ?? false;
  let results: FileResult[];
  try {
    results = await importReports(db, paths, {
      dryRun,
      replace: opts.replace,
      onStart: (total) => bar?.start(total),
      onFile: (r, done) => (bar ? bar.update(done, r.file) : say(fileLine(r, dryRun))),
    });
  } finally {
    bar?.stop();
  }
  if (bar) for (const r of results) say(fileLine(r, dryRun));
  if (results.length === 0) {
    say(`no report files (.txt .md .docx .pdf) found in ${paths.join(', ')}`);
    return 1;
  }
  say(totalLine(results, dryRun));
  const lost = results.filter((r) => r.unreachable).length;
  if (lost > 0) say(`Neo4j became unreachable: ${lost} files not imported; nothing of them was written, and rerunning the same command completes the job`);
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}

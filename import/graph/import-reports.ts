// Imports many report files, one transaction each: a file that fails is named with its reason and the others
// still land; when Neo4j becomes unreachable the rest are not attempted (a rerun completes the job).
import { basename } from 'node:path';
import { DatabaseUnavailableError } from '../../neo4j/db/errors.js';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { extractFile } from '../extract/extract.js';
import { importExtraction, type ReportOutcome, type ReportStatus } from './import-report.js';
import { reasonOf } from './reason.js';
import { findReportFiles } from './report-files.js';

export interface FileResult {
  path: string;
  file: string;
  status: ReportStatus | 'failed';
  outcome?: ReportOutcome;
  /** Why it failed, one line. */
  error?: string;
  /** It failed because Neo4j could not be reached (a rerun completes the job). */
  unreachable?: boolean;
}

export interface ImportReportsOptions {
  dryRun?: boolean;
  /** Replace older versions even when a new one states far fewer facts (`--replace`). */
  replace?: boolean;
  /** Called once the files are known, with how many results will follow. */
  onStart?: (total: number) => void;
  /** Called as each file is done (or has failed). */
  onFile?: (result: FileResult, done: number) => void;
}

export async function importReports(db: GraphDb, paths: string[], opts: ImportReportsOptions = {}): Promise<FileResult[]> {
  const { files, missing } = await findReportFiles(paths);
  const results: FileResult[] = [];
  const done = (r: FileResult) => {
    results.push(r);
    opts.onFile?.(r, results.length);
  };
  opts.onStart?.(files.length + missing.length);
  for (const m of missing) done({ path: m.path, file: basename(m.path), status: 'failed', error: m.reason });
  let unreachable: string | undefined;
  // Reports this command wrote: a later file of the same command never replaces them (two `report.txt` in two
  // folders are two reports), so only a report from an earlier command can be replaced.
  const keep = new Set<string>();
  for (const path of files) {
    const file = basename(path);
    if (unreachable) {
      done({ path, file, status: 'failed', error: `not attempted: ${unreachable}`, unreachable: true });
      continue;
    }
    try {
      const extraction = await extractFile(path);
      const outcome = await importExtraction(db, extraction, { dryRun: opts.dryRun, replace: opts.replace, keep });
      keep.add(outcome.reportId);
      done({ path, file, status: outcome.status, outcome });
    } catch (err) {
      const lost = err instanceof DatabaseUnavailableError;
      if (lost) unreachable = 'Neo4j is unreachable';
      done({ path, file, status: 'failed', error: reasonOf(err), unreachable: lost });
    }
  }
  return results;
}

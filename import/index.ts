// The importer's one entry point: what the server and the CLI call to read reports and put them into (or take
// them out of) the graph. Everything else under import/ is its inside.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { GraphDb } from '../neo4j/db/graph-db.js';
import { run } from '../neo4j/db/tx.js';
import { ImportFailedError, NotFoundError } from '../neo4j/model/errors.js';
import { extractText } from './extract/extract.js';
import { readReportBytes } from './extract/read.js';
import { importExtraction, type ReportStatus } from './graph/import-report.js';
import { reasonOf } from './graph/reason.js';
import { removeReport as removeReportInTx } from './graph/remove.js';

export { extractFile, extractText } from './extract/extract.js';
export type { Extraction } from './extract/types.js';
export { importReports, type FileResult, type ImportReportsOptions } from './graph/import-reports.js';
export { findReportFiles } from './graph/report-files.js';
export { fileLine, totalLine } from './graph/summary.js';
export { reasonOf } from './graph/reason.js';
export { importTwins, readTwinFile, type TwinsSummary } from './twins/import-twins.js';

/** The bundled sample reports that a fresh graph starts with. */
export const SAMPLE_REPORTS = fileURLToPath(new URL('../data/reports/', import.meta.url));

/** What importing one report did (or, as a dry run, would do). */
export interface ReportImport {
  file: string;
  status: ReportStatus;
  reportId: string;
  /** Ids of the older versions of the same file it replaced. */
  replaced: string[];
  entities: number;
  relations: number;
  /** Relations the graph could not take, with why. */
  skipped: string[];
}

/**
 * One report from bytes in memory (an upload), in one transaction. `fileName` gives its type and the name it
 * is recorded under (directories are dropped). Throws ImportFailedError naming the file when it cannot be read
 * or extracted; database errors pass through.
 */
export async function importBytes(db: GraphDb, fileName: string, bytes: Buffer, opts: { dryRun?: boolean } = {}): Promise<ReportImport> {
  const file = path.basename(fileName).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(-120) || 'report.txt';
  let extraction;
  try {
    const source = await readReportBytes(file, bytes);
    extraction = await extractText(source.raw, { file: source.file, bytes: source.bytes });
  } catch (err) {
    throw new ImportFailedError(`${file}: ${reasonOf(err)}`, { cause: err });
  }
  const o = await importExtraction(db, extraction, opts);
  return { file, status: o.status, reportId: o.reportId, replaced: o.replaced, entities: o.nodes, relations: o.rels, skipped: o.skipped };
}

/** What taking a report out did: facts and entities only it supported are gone, the others kept. */
export interface ReportRemoval {
  id: string;
  file: string;
  relationsDeleted: number;
  relationsKept: number;
  entitiesDeleted: number;
  entitiesKept: number;
}

/** Takes a report and the facts only it supported out of the graph, in one transaction; NotFoundError if unknown. */
export async function removeReport(db: GraphDb, reportId: string): Promise<ReportRemoval> {
  const result = await db.writeTx(async (tx) => {
    const [report] = await run<{ id: string; file: string }>(tx, 'report-by-id', { id: reportId });
    if (!report) return undefined;
    return { report, stats: await removeReportInTx(tx, reportId) };
  });
  if (!result) throw new NotFoundError('report', reportId);
  const s = result.stats;
  return {
    id: result.report.id,
    file: result.report.file,
    relationsDeleted: s.relsDeleted,
    relationsKept: s.relsUpdated,
    entitiesDeleted: s.nodesDeleted,
    entitiesKept: s.nodesUpdated,
  };
}

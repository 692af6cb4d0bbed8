// The importer's one entry point: what the server and the CLI call to read reports and put them into (or take
// them out of) the graph. Everything else under import/ is its inside.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { GraphDb } from '../neo4j/db/graph-db.js';
import { run } from '../neo4j/db/tx.js';
import { ImportFailedError, NotFoundError } from '../neo4j/model/errors.js';
import type { ImportOutcome, ImportPreview, RemovalOutcome } from '../neo4j/contract/report.js';
import { extractText } from './extract/extract.js';
import { readReportBytes } from './extract/read.js';
import { importGraph } from './graph/import-report.js';
import { planReport, type PlannedReport } from './graph/plan-report.js';
import { previewGraph } from './graph/preview-report.js';
import { reasonOf } from './graph/reason.js';
import { removeReport as removeReportInTx } from './graph/remove.js';

export { extractFile, extractText } from './extract/extract.js';
import type { Extraction } from './extract/types.js';
export type { Extraction } from './extract/types.js';
export type { PlannedReport } from './graph/plan-report.js';
export { importReports, type FileResult, type ImportReportsOptions } from './graph/import-reports.js';
export { findReportFiles } from './graph/report-files.js';
export { fileLine, totalLine } from './graph/summary.js';
export { reasonOf } from './graph/reason.js';
export { importTwins, readTwinFile, type TwinsSummary } from './twins/import-twins.js';
/** The one Russian → Latin spelling, for search by Latin spelling (`moskva`). */
export { transliterate } from './extract/lexicon/transliterate.js';

/** The bundled sample reports that a fresh graph starts with. */
export const SAMPLE_REPORTS = fileURLToPath(new URL('../data/reports/', import.meta.url));

/** What importing one report did (the API's answer to an upload): its status, the versions it replaced, counts. */
export type { ImportOutcome, ImportPreview, RemovalOutcome } from '../neo4j/contract/report.js';

/** An upload's file name without directories or odd characters, as it is recorded. */
function uploadName(fileName: string): string {
  return path.basename(fileName).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(-120) || 'report.txt';
}

/** Reads and extracts a report from bytes in memory (pure CPU work). */
export async function extractBytes(file: string, bytes: Uint8Array): Promise<Extraction> {
  const source = await readReportBytes(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return extractText(source.raw, { file: source.file, bytes: source.bytes });
}

/**
 * Reads, extracts and turns a report into graph rows: all of an upload's CPU work, none of the database's (the
 * server runs it in a worker thread; geocoding alone builds a 140k-place index the first time, seconds of CPU).
 */
export async function planBytes(file: string, bytes: Uint8Array): Promise<PlannedReport> {
  return planReport(await extractBytes(file, bytes));
}

/** How an upload gets planned: in this thread by default, or by the caller's worker pool. */
export type PlanBytes = (file: string, bytes: Uint8Array) => Promise<PlannedReport>;

/** Plans an upload; ImportFailedError naming the file when it cannot be used. */
async function planUpload(file: string, bytes: Buffer, plan: PlanBytes): Promise<PlannedReport> {
  try {
    return await plan(file, bytes);
  } catch (err) {
    throw new ImportFailedError(`${file}: ${reasonOf(err)}`, { cause: err });
  }
}

/**
 * One report from bytes in memory (an upload), in one transaction. `fileName` gives its type and the name it
 * is recorded under. Throws ImportFailedError naming the file when it cannot be read or extracted; database
 * errors pass through.
 */
export async function importBytes(
  db: GraphDb,
  fileName: string,
  bytes: Buffer,
  plan: PlanBytes = planBytes,
  onStage?: (stage: ImportStage) => void,
  opts: { replace?: boolean } = {},
): Promise<ImportOutcome> {
  const file = uploadName(fileName);
  onStage?.('extracting');
  const planned = await planUpload(file, bytes, plan);
  onStage?.('writing');
  const o = await importGraph(db, planned, { replace: opts.replace });
  return { file, status: o.status, reportId: o.reportId, replaced: o.replaced, entities: o.entities, relations: o.facts, skipped: o.skipped };
}

/** What importing an upload would add (entities and facts, new or known, and which), written nowhere. */
export async function previewBytes(
  db: GraphDb,
  fileName: string,
  bytes: Buffer,
  plan: PlanBytes = planBytes,
  opts: { replace?: boolean } = {},
): Promise<ImportPreview> {
  const file = uploadName(fileName);
  const p = await previewGraph(db, await planUpload(file, bytes, plan), opts);
  const s = p.stats;
  return {
    dryRun: true as const,
    file,
    status: p.status,
    reportId: p.reportId,
    replaced: p.replaced,
    entities: { total: p.entities, new: s.entitiesNew, known: s.entitiesKnown },
    relations: { total: p.facts, new: s.factsNew, known: s.factsKnown },
    newEntities: p.newEntities,
    newRelations: p.newRelations,
    skipped: p.skipped,
  };
}

/** An upload's stages, for a job's progress. */
export type ImportStage = 'extracting' | 'writing';

/** Takes a report and the facts only it supported out of the graph, in one transaction; NotFoundError if unknown. */
export async function removeReport(db: GraphDb, reportId: string): Promise<RemovalOutcome> {
  const result = await db.writeTx(async (tx) => {
    const [report] = await run<{ id: string; file: string }>(tx, 'report-by-id', { id: reportId });
    if (!report) return undefined;
    return { report, stats: await removeReportInTx(tx, reportId) };
  });
  if (!result) throw new NotFoundError('report', reportId);
  return { id: result.report.id, file: result.report.file, ...result.stats };
}

/** Brings a graph written before the statement model up to date; the server runs it once at start. */
export { migrateToStatements } from './graph/migrate.js';

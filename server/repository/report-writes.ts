// The importer through the API: one uploaded report file into the graph, or one report taken out.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GraphDb } from '../db/graph-db.js';
import { HttpError } from '../plugins/error-handler.js';
import { DatabaseUnavailableError } from '../db/errors.js';
import type { Extraction } from '../../import/extract/types.js';
import { importExtraction } from '../../import/graph/import-report.js';
import { previewExtraction } from '../../import/graph/preview-report.js';
import { reasonOf } from '../../import/graph/reason.js';
import { removeReport } from '../../import/graph/remove.js';
import { run } from '../../import/graph/tx.js';

export interface ImportOutcome {
  file: string;
  status: 'imported' | 'replaced' | 'unchanged';
  reportId: string;
  replaced: string[];
  entities: number;
  relations: number;
  skipped: string[];
}

/** Writes the upload to a temp folder under its own (sanitised) name, since the importer reads the type from it. */
async function withUploadFile<T>(fileName: string, content: Buffer, work: (file: string, name: string) => Promise<T>): Promise<T> {
  const name = path.basename(fileName).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(-120) || 'report.txt';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'twingraph-upload-'));
  try {
    const file = path.join(dir, name);
    await writeFile(file, content);
    return await work(file, name);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads and extracts a file: in the server, a worker thread (heavy work stays off the event loop). */
export type Extract = (path: string) => Promise<Extraction>;

/** `extract` reads and extracts the upload (off the event loop), then its facts are written here. */
export async function importUpload(db: GraphDb, fileName: string, content: Buffer, extract: Extract): Promise<ImportOutcome> {
  return withUploadFile(fileName, content, async (file, name) => {
    let o;
    try {
      o = await importExtraction(db, await extract(file));
    } catch (err) {
      if (err instanceof DatabaseUnavailableError) throw err;
      throw new HttpError(422, 'import_failed', `${name}: ${reasonOf(err)}`);
    }
    return { file: name, status: o.status, reportId: o.reportId, replaced: o.replaced, entities: o.nodes, relations: o.rels, skipped: o.skipped };
  });
}

/** What importing the upload would add (entities and facts, new or known), written nowhere. */
export async function previewUpload(db: GraphDb, fileName: string, content: Buffer, extract: Extract) {
  return withUploadFile(fileName, content, async (file, name) => {
    let extraction;
    try {
      extraction = await extract(file);
    } catch (err) {
      throw new HttpError(422, 'import_failed', `${name}: ${reasonOf(err)}`);
    }
    const p = await previewExtraction(db, extraction);
    const s = p.stats;
    return {
      dryRun: true as const,
      file: name,
      status: p.status,
      reportId: p.reportId,
      replaced: p.replaced,
      entities: { total: p.nodes, new: s.nodesNew, known: s.nodesKnown },
      relations: { total: p.rels, new: s.relsNew, known: s.relsKnown },
      newEntities: p.newEntities,
      newRelations: p.newRelations,
      skipped: p.skipped,
    };
  });
}

export async function deleteReport(db: GraphDb, id: string) {
  const result = await db.writeTx(async (tx) => {
    const [report] = await run<{ id: string; file: string }>(tx, 'report-by-id', { id });
    if (!report) return undefined;
    return { report, stats: await removeReport(tx, id) };
  });
  if (!result) throw new HttpError(404, 'not_found', `No report with id "${id}"`);
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

// Imports at once must lose nothing: two imports of different reports together, a CLI import beside an API upload,
// and an import killed (SIGKILL) mid-way leave every report complete or absent and the graph equal to a sequential run.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.js';
import { loadConfig } from '../../../neo4j/config.js';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { SAMPLE_REPORTS } from '../../../import/index.js';
import { extractFile } from '../../../import/extract/extract.js';
import type { Extraction } from '../../../import/extract/types.js';
import { importExtraction } from '../../../import/graph/import-report.js';
import { importReports } from '../../../import/graph/import-reports.js';
import { statementRows } from '../../../import/graph/statements.js';
import { toGraph } from '../../../import/graph/to-graph.js';
import { TEST_TOKEN } from '../../support/app.js';
import { clearGraph, openTestDb, testDbEnv } from '../../support/graph.js';
import { multipartFile } from '../../support/multipart.js';

const FILES = ['omsk-2016.txt', 'omsk-2021.txt', 'omsk-2023.txt', 'omsk-2025.txt', 'tomsk-2024.txt'];
const paths = FILES.map((f) => join(SAMPLE_REPORTS, f));

/** Everything an import decides, without timestamps: entities with the sources naming them, facts with their summaries and sources. */
async function state(db: GraphDb): Promise<{ entities: string[]; facts: string[]; statements: number; reports: string[] }> {
  const entities = await db.readText<{ id: string; reports: string[] }>('MATCH (n:Entity) RETURN n.id AS id, COLLECT { MATCH (m:Mention {entity: n.id}) RETURN m.support } AS reports');
  const facts = await db.readText<Record<string, unknown>>(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN type(r) AS type, a.id AS a, b.id AS b, r.key AS key, r.sources AS sources,
            COLLECT { MATCH (s:Statement {fact: type(r) + '|' + a.id + '|' + b.id + '|' + r.key}) RETURN DISTINCT s.support } AS reports,
            r.statementCount AS statementCount,
            COUNT { (s:Statement {fact: type(r) + '|' + a.id + '|' + b.id + '|' + r.key}) } AS stated, r.year AS year, r.month AS month,
            r.confidence AS confidence, r.firstYear AS firstYear, r.lastYear AS lastYear`,
  );
  const [{ n }] = (await db.readText<{ n: number }>('MATCH (s:Statement) RETURN count(s) AS n')) as [{ n: number }];
  const reports = await db.readText<{ id: string }>('MATCH (r:Report) RETURN r.id AS id');
  // The summary is kept up incrementally: its count must match the statements there are.
  for (const f of facts) expect(f['statementCount'], JSON.stringify(f)).toBe(f['stated']);
  return {
    entities: entities.map((e) => `${e.id} ${[...e.reports].sort().join(',')}`).sort(),
    facts: facts
      .map((f) => JSON.stringify({ ...f, reports: [...(f.reports as string[])].sort(), sources: [...(f.sources as string[])].sort() }))
      .sort(),
    statements: n,
    reports: reports.map((r) => r.id).sort(),
  };
}

/** Every report in the graph holds all its statements (none is half-written). */
async function everyReportWhole(db: GraphDb, extractions: Extraction[]): Promise<string[]> {
  const expected = new Map(extractions.map((x) => [x.report.id, statementRows(toGraph(x).facts).length]));
  const rows = await db.readText<{ id: string; n: number }>(
    'MATCH (r:Report) RETURN r.id AS id, COUNT { (:Statement)-[:STATED_IN]->(r) } AS n',
  );
  for (const r of rows) expect(r.n, `statements of ${r.id}`).toBe(expected.get(r.id));
  return rows.map((r) => r.id);
}

function runCli(args: string[], onLine?: (line: string, kill: () => void) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['bin/twingraph.js', ...args], { env: { ...process.env, ...testDbEnv() } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) onLine?.(line, () => child.kill('SIGKILL'));
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

describe('concurrent imports', () => {
  let db: GraphDb;
  let extractions: Extraction[];
  let sequential: Awaited<ReturnType<typeof state>>;

  beforeAll(async () => {
    db = await openTestDb();
    await clearGraph(db);
    extractions = [];
    for (const p of paths) extractions.push(await extractFile(p));
    for (const x of extractions) await importExtraction(db, x);
    sequential = await state(db);
    expect(sequential.statements).toBeGreaterThan(100);
  }, 300_000);
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });

  it('two imports of different reports at once equal a sequential run', async () => {
    await clearGraph(db);
    const results = await Promise.all([
      importReports(db, paths.filter((_, i) => i % 2 === 0)),
      importReports(db, paths.filter((_, i) => i % 2 === 1)),
    ]);
    expect(results.flat().map((r) => r.status)).toEqual(FILES.map(() => 'imported'));
    expect(await state(db)).toEqual(sequential);
  }, 300_000);

  it('every report written in its own transaction at the same moment equals a sequential run', async () => {
    await clearGraph(db);
    await Promise.all(extractions.map((x) => importExtraction(db, x)));
    expect(await state(db)).toEqual(sequential);
  }, 300_000);

  it('a CLI import beside an API upload equals a sequential run', async () => {
    await clearGraph(db);
    const app = await buildApp({ db, config: loadConfig({ TWINGRAPH_API_TOKEN: TEST_TOKEN }) });
    try {
      const upload = multipartFile('file', 'tomsk-2024.txt', await readFile(paths[4]!));
      const [cli, api] = await Promise.all([
        runCli(['import', ...paths.slice(0, 4)]),
        app.inject({ method: 'POST', url: '/api/reports', payload: upload.payload, headers: { ...upload.headers, authorization: `Bearer ${TEST_TOKEN}` } }),
      ]);
      expect(cli.code, cli.out).toBe(0);
      expect(api.statusCode, api.body).toBeLessThan(300);
    } finally {
      await app.close();
    }
    expect(await state(db)).toEqual(sequential);
  }, 300_000);

  it('an import killed mid-way leaves every report whole or absent, and a rerun completes it', async () => {
    await clearGraph(db);
    const run = await runCli(['import', ...paths], (line, kill) => {
      if (/\bimported\b/.test(line)) kill(); // after the first report lands, while the next one is being written
    });
    expect(run.signal).toBe('SIGKILL');
    const landed = await everyReportWhole(db, extractions);
    expect(landed.length).toBeLessThan(FILES.length);
    await importReports(db, paths);
    expect(await state(db)).toEqual(sequential);
  }, 300_000);
});

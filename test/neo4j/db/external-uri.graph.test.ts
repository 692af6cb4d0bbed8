// The path a cluster or Aura user takes: the CLI and the server run against a Neo4j they did not start, reached
// through NEO4J_URI with the routing scheme (neo4j://), credentials and a named database. The run's Neo4j (started
// by test/global-setup.ts, authentication on) is that external server here. Neo4j Community has only the `neo4j`
// and `system` databases (CREATE DATABASE is an Enterprise feature), so the named database is `neo4j`, set
// explicitly; a name the server lacks must fail clearly.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { loadConfig } from '../../../neo4j/config.js';
import { findFreePort } from '../../../neo4j/embedded.js';
import { clearGraph, openTestDb } from '../../support/graph.js';

const run = promisify(execFile);

// A small report of our own.
const REPORT =
  'ЧЕЛЯБИНСК\n\nМеждународные связи города Челябинска\n\n' +
  'В 2023 году делегация города Челябинска посетила город Алматы (Казахстан).\n' +
  'Город Челябинск и город Минск (Беларусь) являются городами-побратимами.\n';

describe('an external Neo4j through NEO4J_URI', () => {
  let db: GraphDb;
  let dir: string;
  let env: Record<string, string>;
  let server: ChildProcess | undefined;

  beforeAll(async () => {
    db = await openTestDb();
    await clearGraph(db);
    dir = await mkdtemp(join(tmpdir(), 'twingraph-external-'));
    await writeFile(join(dir, 'chelyabinsk.txt'), REPORT);
    const port = new URL(inject('neo4jUri')).port;
    env = {
      NEO4J_URI: `neo4j://127.0.0.1:${port}`,
      NEO4J_USER: inject('neo4jUser'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      NEO4J_DATABASE: 'neo4j',
      // Where an embedded Neo4j would go: it must stay untouched.
      TWINGRAPH_DATA_DIR: join(dir, 'embedded'),
      TWINGRAPH_NEO4J_PORT: String(await findFreePort()),
    };
  });
  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
    await clearGraph(db);
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  const cli = (args: string[], extra: Record<string, string> = {}) =>
    run('node', ['bin/twingraph.js', ...args], { env: { ...process.env, ...env, ...extra } }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('reads the four variables as an external graph with a named database', () => {
    expect(loadConfig(env).neo4j).toEqual({
      mode: 'external',
      uri: env['NEO4J_URI'],
      user: env['NEO4J_USER'],
      password: env['NEO4J_PASSWORD'],
      database: 'neo4j',
    });
  });

  it('imports with the CLI and answers through the API, never starting a Neo4j of its own', async () => {
    const imported = await cli(['import', join(dir, 'chelyabinsk.txt')]);
    expect(imported).toMatchObject({ stdout: expect.stringMatching(/chelyabinsk\.txt +imported/) });
    const [twin] = await db.readText<{ n: number }>(
      "MATCH (:City {id: 'city:chelyabinsk'})-[t:TWIN]-(:City {id: 'city:minsk'}) RETURN count(t) AS n",
    );
    expect(twin!.n).toBe(1);

    const port = await findFreePort();
    server = spawn('node', ['--import', 'tsx', 'server/server.ts'], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const check = () => (/ready: /.test(output) ? resolve() : undefined);
      server!.stdout!.on('data', check);
      server!.once('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
    });
    expect(output).toContain(`connected to Neo4j at ${env['NEO4J_URI']}`);
    // The graph already holds a report: the server must not import the samples into someone else's database.
    expect(output).not.toContain('importing the sample reports');

    const res = await fetch(`http://127.0.0.1:${port}/api/entities/city:chelyabinsk/neighbours`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { nodes: Array<{ id: string }> };
    expect(body.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['city:minsk', 'city:almaty']));
    const reports = (await (await fetch(`http://127.0.0.1:${port}/api/reports`)).json()) as { reports: Array<{ file: string }> };
    expect(reports.reports.map((r) => r.file)).toEqual(['chelyabinsk.txt']);

    // No embedded Neo4j was started: its data folder was never created.
    expect(await readdir(dir)).toEqual(['chelyabinsk.txt']);
  }, 180_000); // a CLI run and a server start, each loading the gazetteer, on a shared machine

  it('names a database the server does not have', async () => {
    const res = await cli(['import', join(dir, 'chelyabinsk.txt')], { NEO4J_DATABASE: 'twingraph' });
    expect(res).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot reach neo4j:\/\/127\.0\.0\.1:\d+: .*twingraph/i) });
  }, 60_000);

  it('says when the credentials are wrong', async () => {
    const res = await cli(['import', join(dir, 'chelyabinsk.txt')], { NEO4J_PASSWORD: 'not-the-password' });
    expect(res).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot reach neo4j:\/\/127\.0\.0\.1:\d+: .*(auth|credentials)/i) });
  }, 60_000);
});

// Query API under load against a throwaway embedded Neo4j loaded with the samples and the Wikipedia twin list
// (or a graph already loaded): autocannon on search, neighbours, shared partners, similar and paths at 8
// connections, each beside the same Cypher through the driver at the same concurrency, so the API's own cost
// (HTTP, validation, shaping, serialisation) shows as a ratio; the same at 32 connections (API only); search two
// ways (bench/search.ts); and search while a 19 MB report is uploaded (bench/api-upload.ts).
// Run alone with `npx tsx bench/api.ts [SECONDS] [BOLT_URI USER PASSWORD of a graph already loaded]`: it then
// rewrites the Query API section of BENCHMARKS.md.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../neo4j/config.js';
import { createDriver, GraphDb } from '../neo4j/db/graph-db.js';
import { applySchema } from '../neo4j/db/schema.js';
import { importReports, importTwins } from '../import/index.js';
import { findFreePort, startEmbedded } from '../neo4j/embedded.js';
import { TWIN_LIST } from './import.js';
import { alone, cannon, driverLoad, quiet, ratio, stopCannon, type Load } from './load.js';
import { draws, targets } from './api-targets.js';
import { benchSearch, type SearchBench } from './search.js';
import { searchBesideUpload, type UploadBeside } from './api-upload.js';
import { apiSection } from './api-report.js';

export interface ApiBenchRow {
  endpoint: string;
  url: string;
  /** The queries one request runs, in order (cypher/<name>.cypher). */
  queries: string[];
  targetP99Ms: number | null;
  api: Load;
  driver: Load;
  /** Median of one request at a time through the driver (nothing else running). */
  driverAloneMs: number;
  /** API p99 / driver p99, and driver req/s / API req/s: 1 means no overhead. */
  p99Overhead: number | null;
  throughputOverhead: number | null;
  /** The API at WIDE_CONNECTIONS. */
  wide: Load;
}

export interface ApiBench {
  seconds: number;
  connections: number;
  wideConnections: number;
  neo4jVersion: string;
  twinListLoaded: boolean;
  nodes: number;
  relationships: number;
  rows: ApiBenchRow[];
  search: SearchBench;
  upload: UploadBeside;
  /** 1-minute load average before and after: other work on the machine slows every figure. */
  loadBefore: number;
  loadAfter: number;
  date: string;
}

const CONNECTIONS = 8;
const WIDE_CONNECTIONS = 32;
const NO_LIMIT = 1_000_000_000;
const TOKEN = 'bench-token-0123456789abcdef';

export async function benchApi(opts: { seconds?: number; uri?: string; user?: string; password?: string } = {}): Promise<ApiBench> {
  const seconds = opts.seconds ?? 20;
  const loadBefore = os.loadavg()[0]!;
  // With a Bolt URI the bench reads that (already loaded) graph as it is; otherwise a throwaway one.
  const dataDir = opts.uri ? undefined : await mkdtemp(path.join(os.tmpdir(), 'twingraph-bench-api-'));
  const neo4j = dataDir ? await startEmbedded({ dataDir, port: await findFreePort(), heap: '1g', javaHome: loadConfig().embedded.javaHome }) : undefined;
  const db = new GraphDb(createDriver(neo4j ? { uri: neo4j.uri, ...neo4j.auth } : { uri: opts.uri!, user: opts.user, password: opts.password }));
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const [component] = await db.readText<{ version: string }>('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    if (neo4j) {
      await applySchema(db);
      const failed = (await importReports(db, ['data/reports'])).filter((r) => r.status === 'failed');
      if (failed.length > 0) throw new Error(`sample import failed: ${failed.map((f) => `${f.file}: ${f.error}`).join('; ')}`);
      if (existsSync(TWIN_LIST)) await importTwins(db, TWIN_LIST);
    }
    const [csv] = await db.readText<{ n: number }>("MATCH (m:Mention {support: 'csv:twin-cities-enwiki.csv'}) RETURN count(m) AS n");
    const [counts] = await db.readText<{ nodes: number; relationships: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    say(`graph: ${counts?.nodes} nodes, ${counts?.relationships} relationships`);
    const d = await draws(db);
    const endpoints = targets(d);
    const config = loadConfig({ TWINGRAPH_API_TOKEN: TOKEN });
    // The server's own logger at its default level (a request logger per request, warnings and errors written),
    // to stderr here so the bench's JSON on stdout stays clean.
    app = await buildApp({ db, config, logger: { level: config.logLevel, stream: process.stderr }, limits: { expensivePerMinute: NO_LIMIT } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // Every endpoint answers 200 before it is timed, then both sides warm up (planner cache, JIT, pool, name index).
    for (const t of endpoints) {
      for (let i = 0; i < 5; i++) {
        const { url } = t.pick();
        const res = await fetch(base + url);
        if (res.status !== 200) throw new Error(`${t.endpoint}: GET ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
        await res.arrayBuffer().catch(() => undefined);
      }
      await cannon(base, t.pick, Math.min(3, seconds), CONNECTIONS);
      await quiet(db);
      await driverLoad(db, t.pick, Math.min(3, seconds), CONNECTIONS);
    }

    const rows: ApiBenchRow[] = [];
    for (const t of endpoints) {
      const driverAloneMs = await alone(db, t.pick);
      await quiet(db);
      const api = await cannon(base, t.pick, seconds, CONNECTIONS);
      await quiet(db);
      const driver = await driverLoad(db, t.pick, seconds, CONNECTIONS);
      await quiet(db);
      const wide = await cannon(base, t.pick, seconds, WIDE_CONNECTIONS);
      await quiet(db);
      say(`${t.endpoint}: API p99 ${api.p99Ms} ms (${api.requestsPerSecond} req/s), driver p99 ${driver.p99Ms} ms; at ${WIDE_CONNECTIONS}: p99 ${wide.p99Ms} ms`);
      const { endpoint, url, queries, targetP99Ms } = t;
      rows.push({ endpoint, url, queries, targetP99Ms, api, driver, driverAloneMs, p99Overhead: ratio(api.p99Ms, driver.p99Ms), throughputOverhead: ratio(driver.requestsPerSecond, api.requestsPerSecond), wide });
    }
    say('search two ways: MiniSearch in process, Lucene in Neo4j');
    const search = await benchSearch(db, d, seconds, CONNECTIONS);
    say('search beside a 19 MB upload');
    const upload = await searchBesideUpload(base, TOKEN, endpoints[0]!, seconds, CONNECTIONS);
    return {
      seconds,
      connections: CONNECTIONS,
      wideConnections: WIDE_CONNECTIONS,
      neo4jVersion: component?.version ?? 'unknown',
      twinListLoaded: (csv?.n ?? 0) > 0,
      nodes: counts?.nodes ?? 0,
      relationships: counts?.relationships ?? 0,
      rows,
      search,
      upload,
      loadBefore,
      loadAfter: os.loadavg()[0]!,
      date: new Date().toISOString(),
    };
  } finally {
    say('closing');
    stopCannon();
    // Closing stops an upload job still being extracted (its worker is terminated).
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

const say = (line: string) => console.error(`[bench api] ${line}`);

/** Replaces the Query API section of BENCHMARKS.md (up to the next `## ` heading) with this run's. */
async function rewriteSection(section: string): Promise<void> {
  const md = await readFile('BENCHMARKS.md', 'utf8').catch(() => '# Benchmarks\n');
  const start = md.indexOf('## Query API');
  const next = start < 0 ? -1 : md.indexOf('\n## ', start + 1);
  const out = start < 0 ? `${md.trimEnd()}\n\n${section}` : md.slice(0, start) + section.trimEnd() + '\n' + (next < 0 ? '' : md.slice(next));
  await writeFile('BENCHMARKS.md', out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [seconds, uri, user, password] = process.argv.slice(2);
  const result = await benchApi({ seconds: Number(seconds ?? 20), uri, user, password });
  console.log(JSON.stringify(result, null, 2));
  await rewriteSection(apiSection(result));
}

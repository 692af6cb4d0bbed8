// Query API under load against a throwaway embedded Neo4j loaded with the samples and the Wikipedia twin list:
// autocannon on search, neighbours, shared partners, similar and paths, each beside the same Cypher queries (the
// same cypher/*.cypher files, the same parameters, in the same order) run straight through the driver at the
// same concurrency, so the API's own cost (HTTP, validation, shaping, serialisation) shows as a ratio.
// Run alone with `npx tsx bench/api.ts [SECONDS] [CONNECTIONS]`.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { createDriver, GraphDb, type Params } from '../server/db/graph-db.js';
import { applySchema } from '../server/db/schema.js';
import { luceneQuery, queryWords } from '../server/repository/search.js';
import type { RawRelation } from '../server/repository/relation-rows.js';
import { PARTNER_KINDS } from '../server/schemas/common.js';
import { RELATION_KINDS } from '../import/extract/types.js';
import { importReports } from '../import/graph/import-reports.js';
import { importTwins } from '../import/twins/import-twins.js';
import { findFreePort, startEmbedded } from '../neo4j/embedded.js';
import { TWIN_LIST } from './import.js';

export interface Load {
  requests: number;
  requestsPerSecond: number;
  /** Latency percentiles in ms (whole ms: both sides use autocannon's HDR histogram settings). */
  p50Ms: number;
  p99Ms: number;
  /** API: answers other than 2xx (and socket errors); driver: queries that threw. */
  failures: number;
}

export interface Single {
  /** Median of sequential requests with nothing else running: the floor under the loaded figures. */
  p50Ms: number;
}

export interface ApiBenchRow {
  endpoint: string;
  url: string;
  /** The queries one request runs, in order (cypher/<name>.cypher). */
  queries: string[];
  /** p99 target from the issue, ms. */
  targetP99Ms: number | null;
  api: Load;
  driver: Load;
  /** One request at a time through the driver (no concurrency). */
  driverAlone: Single;
  /** API p99 / driver p99, and driver req/s / API req/s: 1 means no overhead. */
  p99Overhead: number | null;
  throughputOverhead: number | null;
}

export interface ApiBench {
  seconds: number;
  connections: number;
  neo4jVersion: string;
  twinListLoaded: boolean;
  nodes: number;
  relationships: number;
  rows: ApiBenchRow[];
}

/** One request's worth of database work, as the endpoint's repository function does it. */
type Step = { name: string; params: Params };

interface Target {
  endpoint: string;
  url: string;
  targetP99Ms: number | null;
  steps: Step[];
}

const NO_LIMIT = 1_000_000_000;

export async function benchApi(opts: { seconds?: number; connections?: number } = {}): Promise<ApiBench> {
  const seconds = opts.seconds ?? 20;
  const connections = opts.connections ?? 32;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'twingraph-bench-api-'));
  const neo4j = await startEmbedded({ dataDir, port: await findFreePort(), heap: '1g' });
  const db = new GraphDb(createDriver({ uri: neo4j.uri, ...neo4j.auth }));
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await applySchema(db);
    const [component] = await db.readText<{ version: string }>('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    const failed = (await importReports(db, ['data/reports'])).filter((r) => r.status === 'failed');
    if (failed.length > 0) throw new Error(`sample import failed: ${failed.map((f) => `${f.file}: ${f.error}`).join('; ')}`);
    const twinListLoaded = existsSync(TWIN_LIST);
    if (twinListLoaded) await importTwins(db, TWIN_LIST);
    const [counts] = await db.readText<{ nodes: number; relationships: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );

    say(`graph loaded: ${counts?.nodes} nodes, ${counts?.relationships} relationships`);
    const targets = await buildTargets(db);
    app = await buildApp({ db, config: loadConfig({}), limits: { expensivePerMinute: NO_LIMIT } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // Every endpoint answers 200 before it is timed, then both sides warm up (planner cache, JIT, pool).
    for (const t of targets) {
      const res = await fetch(base + t.url);
      if (res.status !== 200) throw new Error(`${t.endpoint}: GET ${t.url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      await res.arrayBuffer().catch(() => undefined);
    }
    say(`warming up (${targets.length} endpoints, both sides)`);
    for (const t of targets) {
      await cannon(base + t.url, Math.min(3, seconds), connections);
      await quiet(db);
      await driverLoad(db, t.steps, Math.min(3, seconds), connections);
    }

    const rows: ApiBenchRow[] = [];
    for (const t of targets) {
      const driverAlone = await alone(db, t.steps);
      await quiet(db);
      const api = await cannon(base + t.url, seconds, connections);
      await quiet(db);
      const driver = await driverLoad(db, t.steps, seconds, connections);
      await quiet(db);
      say(`${t.endpoint}: API ${api.requestsPerSecond} req/s p99 ${api.p99Ms} ms, driver ${driver.requestsPerSecond} req/s p99 ${driver.p99Ms} ms`);
      rows.push({
        endpoint: t.endpoint,
        url: t.url,
        queries: t.steps.map((s) => s.name),
        targetP99Ms: t.targetP99Ms,
        api,
        driver,
        driverAlone,
        p99Overhead: ratio(api.p99Ms, driver.p99Ms),
        throughputOverhead: ratio(driver.requestsPerSecond, api.requestsPerSecond),
      });
    }
    return {
      seconds,
      connections,
      neo4jVersion: component?.version ?? 'unknown',
      twinListLoaded,
      nodes: counts?.nodes ?? 0,
      relationships: counts?.relationships ?? 0,
      rows,
    };
  } finally {
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The five endpoints and, for each, the db.read calls its repository function makes for that URL with the
 * route's defaults: node-by-id for the 404 check, the main query, and report-files for evidence labels when
 * the answer cites reports (those ids are read once here; every request would find the same ones).
 */
async function buildTargets(db: GraphDb): Promise<Target[]> {
  const pick = async (where: string, what: string) => {
    const [row] = await db.readText<{ id: string }>(`MATCH (i:Institution) WHERE ${where} RETURN i.id AS id ORDER BY i.id LIMIT 1`);
    if (!row) throw new Error(`no Institution ${what} in the graph`);
    return row.id;
  };
  const school = await pick("i.name CONTAINS 'Гомел' AND toLower(i.name) CONTAINS 'школ'", 'named like a school in Gomel').catch(() =>
    pick("i.name CONTAINS 'Гомел'", "with 'Гомел' in its name"),
  );
  const university = await pick("i.name CONTAINS 'Достоевского'", "with 'Достоевского' in its name");

  const withFiles = async (name: string, params: Params): Promise<Step[]> => {
    const rows = await db.read<{ relations?: RawRelation[]; sides?: Array<{ relations: RawRelation[] }> }>(name, params);
    const rels = rows.flatMap((r) => r.relations ?? r.sides?.flatMap((s) => s.relations) ?? []);
    const ids = [...new Set(rels.flatMap((r) => (r.reports ?? []).filter((id) => id.startsWith('r-'))))];
    return [{ name, params }, ...(ids.length > 0 ? [{ name: 'report-files', params: { ids } }] : [])];
  };
  const words = queryWords('гомел');
  const omsk = 'city:omsk';
  const pair = [omsk, 'city:tomsk'];
  return [
    {
      endpoint: 'search',
      url: `/api/search?q=${encodeURIComponent('гомел')}`,
      targetP99Ms: 50,
      steps: [{ name: 'search', params: { query: luceneQuery(words), exact: words.join(' '), kinds: null, limit: 20 } }],
    },
    {
      endpoint: 'neighbours',
      url: `/api/entities/${omsk}/neighbours?depth=1`,
      targetP99Ms: 50,
      steps: [
        { name: 'node-by-id', params: { ids: [omsk] } },
        { name: 'neighbours', params: { ids: [omsk], exclude: [], kinds: RELATION_KINDS.slice(), yearFrom: null, yearTo: null, limit: 301 } },
      ],
    },
    {
      endpoint: 'shared partners',
      url: `/api/shared-partners?ids=${pair.join(',')}`,
      targetP99Ms: 50,
      steps: [{ name: 'node-by-id', params: { ids: pair } }, ...(await withFiles('shared-partners', { ids: pair, kinds: PARTNER_KINDS, limit: 100 }))],
    },
    {
      endpoint: 'similar',
      url: `/api/similar/${omsk}`,
      targetP99Ms: null,
      steps: [
        { name: 'node-by-id', params: { ids: [omsk] } },
        { name: 'similar', params: { id: omsk, kinds: PARTNER_KINDS, limit: 10 } },
      ],
    },
    {
      endpoint: 'paths',
      url: `/api/paths?from=${encodeURIComponent(school)}&to=${encodeURIComponent(university)}`,
      targetP99Ms: 150,
      steps: [
        { name: 'node-by-id', params: { ids: [school, university] } },
        ...(await withFiles('paths', { from: school, to: university, kinds: RELATION_KINDS.slice(), maxHops: 4, k: 3 })),
      ],
    },
  ];
}

async function cannon(url: string, seconds: number, connections: number): Promise<Load> {
  // One worker thread, so the load generator does not share the server's event loop.
  const result = await autocannon({ url, connections, duration: seconds, workers: 1 });
  const requests = result.requests.total;
  return {
    requests,
    requestsPerSecond: round(requests / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** `connections` loops, each running the steps one after another for `seconds`, timed like autocannon times. */
async function driverLoad(db: GraphDb, steps: Step[], seconds: number, connections: number): Promise<Load> {
  const latencies = hdr.build({ autoResize: true, lowestDiscernibleValue: 1, highestTrackableValue: 10000, numberOfSignificantValueDigits: 5 });
  let requests = 0;
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        let ok = true;
        try {
          for (const s of steps) await db.read(s.name, s.params);
        } catch {
          ok = false;
        }
        const t1 = performance.now();
        // Like autocannon: what is still in flight at the end is not counted (but is waited for).
        if (t1 > deadline) break;
        if (ok) latencies.recordValue(t1 - t0);
        else failures++;
        requests++;
      }
    }),
  );
  const load = {
    requests,
    requestsPerSecond: round(requests / seconds),
    p50Ms: latencies.getValueAtPercentile(50),
    p99Ms: latencies.getValueAtPercentile(99),
    failures,
  };
  latencies.destroy();
  return load;
}

/** Median of sequential runs of the steps, after one untimed run. */
async function alone(db: GraphDb, steps: Step[], runs = 11): Promise<Single> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    for (const s of steps) await db.read(s.name, s.params);
    if (i > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: round(times[Math.floor(times.length / 2)]!) };
}

/** Waits until the database runs nothing but this check: a cancelled client's requests still finish there. */
async function quiet(db: GraphDb, maxMs = 30_000): Promise<void> {
  const until = performance.now() + maxMs;
  while (performance.now() < until) {
    const [row] = await db.readText<{ busy: number }>(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS busy",
    );
    if ((row?.busy ?? 0) === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 200));
}

const say = (line: string) => console.error(`[bench api] ${line}`);
const round = (n: number) => Math.round(n * 10) / 10;
/** a / b to two places; null when either side measured nothing (no request finished in time). */
const ratio = (a: number, b: number) => (a > 0 && b > 0 ? Math.round((a / b) * 100) / 100 : null);

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const result = await benchApi({ seconds: Number(process.argv[2] ?? 20), connections: Number(process.argv[3] ?? 32) });
  console.log(JSON.stringify(result, null, 2));
}

// Query API under load against a throwaway embedded Neo4j loaded with the samples and the Wikipedia twin list:
// autocannon on search, neighbours, shared partners, similar and paths, each beside the same Cypher queries (the
// same cypher/*.cypher files, the same parameters, in the same order) run straight through the driver at the
// same concurrency, so the API's own cost (HTTP, validation, shaping, serialisation) shows as a ratio.
// Run alone with `npx tsx bench/api.ts [SECONDS] [CONNECTIONS] [BOLT_URI of a graph already loaded]`.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../neo4j/config.js';
import { createDriver, GraphDb, type Params } from '../neo4j/db/graph-db.js';
import { applySchema } from '../neo4j/db/schema.js';
import { firstCandidates, pathsCypher } from '../server/repository/paths.js';
import { cypher } from '../neo4j/db/cypher.js';
import { PARTNER_KINDS } from '../neo4j/contract/common.js';
import { RELATION_KINDS } from '../neo4j/model/kinds.js';
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
type Step = { name: string; text: string; params: Params };

/** One request: its URL and the queries the endpoint runs for it. */
interface Pick {
  url: string;
  steps: Step[];
}

interface Target {
  endpoint: string;
  /** An example URL, for the report. */
  url: string;
  targetP99Ms: number | null;
  /** A new request, its entity or pair drawn at random from the loaded graph. */
  pick: () => Pick;
  /** The queries one request runs (names, for the report). */
  queries: string[];
}

const NO_LIMIT = 1_000_000_000;

export async function benchApi(opts: { seconds?: number; connections?: number; uri?: string } = {}): Promise<ApiBench> {
  const seconds = opts.seconds ?? 20;
  const connections = opts.connections ?? 32;
  // With a Bolt URI the bench reads that (already loaded) graph as it is; otherwise a throwaway one.
  const dataDir = opts.uri ? undefined : await mkdtemp(path.join(os.tmpdir(), 'twingraph-bench-api-'));
  const neo4j = dataDir ? await startEmbedded({ dataDir, port: await findFreePort(), heap: '1g' }) : undefined;
  const db = new GraphDb(createDriver(neo4j ? { uri: neo4j.uri, ...neo4j.auth } : { uri: opts.uri! }));
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const [component] = await db.readText<{ version: string }>('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    let twinListLoaded = true;
    if (neo4j) {
      await applySchema(db);
      const failed = (await importReports(db, ['data/reports'])).filter((r) => r.status === 'failed');
      if (failed.length > 0) throw new Error(`sample import failed: ${failed.map((f) => `${f.file}: ${f.error}`).join('; ')}`);
      twinListLoaded = existsSync(TWIN_LIST);
      if (twinListLoaded) await importTwins(db, TWIN_LIST);
    } else {
      const [csv] = await db.readText<{ n: number }>("MATCH (c:City) WHERE 'csv:twin-cities-enwiki.csv' IN c.reports RETURN count(c) AS n");
      twinListLoaded = (csv?.n ?? 0) > 0;
    }
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
      for (let i = 0; i < 5; i++) {
        const { url } = t.pick();
        const res = await fetch(base + url);
        if (res.status !== 200) throw new Error(`${t.endpoint}: GET ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
        await res.arrayBuffer().catch(() => undefined);
      }
    }
    say(`warming up (${targets.length} endpoints, both sides)`);
    for (const t of targets) {
      await cannon(base, t, Math.min(3, seconds), connections);
      await quiet(db);
      await driverLoad(db, t, Math.min(3, seconds), connections);
    }

    const rows: ApiBenchRow[] = [];
    for (const t of targets) {
      const driverAlone = await alone(db, t);
      await quiet(db);
      const api = await cannon(base, t, seconds, connections);
      await quiet(db);
      const driver = await driverLoad(db, t, seconds, connections);
      await quiet(db);
      say(`${t.endpoint}: API ${api.requestsPerSecond} req/s p99 ${api.p99Ms} ms, driver ${driver.requestsPerSecond} req/s p99 ${driver.p99Ms} ms`);
      rows.push({
        endpoint: t.endpoint,
        url: t.url,
        queries: t.queries,
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
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The five endpoints. Each request draws its entity (or pair) at random from the loaded graph, and the driver
 * side runs, for the same draw, the queries the endpoint's repository function runs with the route's defaults.
 */
async function buildTargets(db: GraphDb): Promise<Target[]> {
  const cities = (await db.readText<{ id: string; name: string }>(
    'MATCH (c:City) WHERE COUNT { (c)--(:City) } > 0 RETURN c.id AS id, c.name AS name ORDER BY c.id',
  ));
  const pairs = await db.readText<{ a: string; b: string }>(
    'MATCH (a:City)-[:TWIN|AGREEMENT|PARTNER]-(:City)-[:TWIN|AGREEMENT|PARTNER]-(b:City) WHERE a.id < b.id RETURN DISTINCT a.id AS a, b.id AS b LIMIT 5000',
  );
  if (cities.length < 2 || pairs.length === 0) throw new Error('the graph holds too few related cities to bench');
  const any = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  const step = (name: string, params: Params): Step => ({ name, text: cypher(name), params });
  const kinds = RELATION_KINDS.slice();
  return [
    {
      endpoint: 'search',
      url: '/api/search?q=<a prefix of a random city name>',
      targetP99Ms: 50,
      queries: ['graph-version'],
      pick: () => {
        // What a user has typed so far: three letters up to the whole name.
        const name = any(cities).name;
        const q = name.slice(0, 3 + Math.floor(Math.random() * Math.max(1, name.length - 2)));
        // The database's part of a search: the graph version check (the names are matched in process).
        return { url: `/api/search?q=${encodeURIComponent(q)}`, steps: [step('graph-version', {})] };
      },
    },
    {
      endpoint: 'neighbours',
      url: '/api/entities/<random city>/neighbours',
      targetP99Ms: 50,
      queries: ['neighbours'],
      pick: () => {
        const id = any(cities).id;
        return {
          url: `/api/entities/${encodeURIComponent(id)}/neighbours`,
          steps: [step('neighbours', { id, kinds, depth: 1, yearFrom: null, yearTo: null, limit: 300 })],
        };
      },
    },
    {
      endpoint: 'shared partners',
      url: '/api/shared-partners?ids=<a random pair with a partner in common>',
      targetP99Ms: 50,
      queries: ['shared-partners'],
      pick: () => {
        const { a, b } = any(pairs);
        return { url: `/api/shared-partners?ids=${encodeURIComponent(a)},${encodeURIComponent(b)}`, steps: [step('shared-partners', { ids: [a, b], kinds: PARTNER_KINDS, limit: 100 })] };
      },
    },
    {
      endpoint: 'similar',
      url: '/api/similar/<random city>',
      targetP99Ms: 50,
      queries: ['similar'],
      pick: () => {
        const id = any(cities).id;
        return {
          url: `/api/similar/${encodeURIComponent(id)}`,
          steps: [step('similar', { id, kinds: PARTNER_KINDS, limit: 10 })],
        };
      },
    },
    {
      endpoint: 'paths',
      url: '/api/paths?from=<random city>&to=<another>',
      targetP99Ms: 150,
      queries: ['paths'],
      pick: () => {
        const from = any(cities).id;
        let to = any(cities).id;
        while (to === from) to = any(cities).id;
        // The route's defaults: maxHops 4, k 2 (three paths wanted).
        const text = pathsCypher('City', 'City', kinds, 4, firstCandidates(3));
        return {
          url: `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
          steps: [{ name: 'paths', text, params: { from, to, kinds: kinds.filter((k) => k !== 'LOCATED_IN'), k: 3 } }],
        };
      },
    },
  ];
}

async function cannon(base: string, t: Target, seconds: number, connections: number): Promise<Load> {
  // One worker thread, so the load generator does not share the server's event loop; setupRequest draws a
  // new entity for every request.
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: t.pick().url }) }],
  });
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
async function driverLoad(db: GraphDb, t: Target, seconds: number, connections: number): Promise<Load> {
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
          for (const s of t.pick().steps) await db.readText(s.text, s.params);
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
async function alone(db: GraphDb, t: Target, runs = 11): Promise<Single> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    for (const s of t.pick().steps) await db.readText(s.text, s.params);
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
  const result = await benchApi({ seconds: Number(process.argv[2] ?? 20), connections: Number(process.argv[3] ?? 32), uri: process.argv[4] });
  console.log(JSON.stringify(result, null, 2));
}

// Load generators for the API bench, both timed alike: autocannon against the API, and the same queries straight
// through the driver from as many concurrent loops; plus one-at-a-time medians and a wait for a quiet database.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as hdr from 'hdr-histogram-js';
import type { GraphDb } from '../neo4j/db/graph-db.js';
import { threadCpuMs } from './thread-cpu.js';
import { any } from './api-targets.js';

export interface Load {
  requests: number;
  requestsPerSecond: number;
  /** Latency percentiles in ms (whole ms: both sides use autocannon's HDR histogram settings). */
  p50Ms: number;
  p99Ms: number;
  /** API: answers other than 2xx (and socket errors); driver: queries that threw. */
  failures: number;
  /**
   * CPU of this thread per request, ms: the server's event loop for the API, the driver loops for the baseline.
   * Less sensitive than the timings to other work on a shared machine (null where /proc is missing).
   */
  cpuMsPerRequest: number | null;
  /**
   * CPU of the bench's whole process per request, ms (the load generator runs in a process of its own): for the
   * API the server with its worker threads and V8's GC threads, for the baseline the driver loops and GC threads.
   */
  processCpuMsPerRequest: number | null;
  /** API only: CPU of the load generator's process per request, ms (it shares the machine's cores with both). */
  clientCpuMsPerRequest?: number | null;
}

const processCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const perRequest = (ms: number, requests: number) => (Number.isFinite(ms) && requests > 0 ? Math.round((ms / requests) * 1000) / 1000 : null);

/** One request: its URL, and the database work the endpoint does for it, through the driver. */
export interface Pick {
  url: string;
  run: (db: GraphDb) => Promise<unknown>;
}

/**
 * Requests drawn up front, for both sides alike (the load generator's thread and the driver loops), so neither
 * side's timing includes drawing them: enough that a run rarely repeats one back to back.
 */
const DRAWS = 20_000;
const drawn = (pick: () => Pick): Pick[] => Array.from({ length: DRAWS }, pick);

/** The load generator's process (bench/cannon-process.mjs), started on first use and kept for the whole bench. */
let generator: ChildProcess | undefined;

function loadGenerator(): ChildProcess {
  if (generator?.connected) return generator;
  generator = fork(fileURLToPath(new URL('./cannon-process.mjs', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // It must not keep the bench alive when the bench forgets to stop it.
  generator.unref();
  generator.channel?.unref();
  return generator;
}

/** Ends the load generator's process (the bench calls it when done). */
export function stopCannon(): void {
  if (generator?.connected) generator.disconnect();
  generator = undefined;
}

export async function cannon(base: string, pick: () => Pick, seconds: number, connections: number): Promise<Load> {
  // The entities are drawn here, from the loaded graph; the load generator picks among them.
  const urls = drawn(pick).map((p) => p.url);
  const child = loadGenerator();
  const cpu0 = threadCpuMs();
  const all0 = processCpuMs();
  child.channel?.ref();
  const result = await new Promise<CannonResult>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the load generator stopped (exit ${code}) before reporting`));
    child.once('exit', onExit);
    child.once('message', (m: { result?: CannonResult; error?: string }) => {
      child.off('exit', onExit);
      if (m.result) resolve(m.result);
      else reject(new Error(`the load generator failed: ${m.error}`));
    });
    child.send({ base, urls, seconds, connections });
  }).finally(() => child.channel?.unref());
  const cpu = threadCpuMs() - cpu0;
  const all = processCpuMs() - all0;
  return {
    requests: result.total,
    requestsPerSecond: round(result.total / result.duration),
    p50Ms: result.p50,
    p99Ms: result.p99,
    failures: result.failures,
    cpuMsPerRequest: perRequest(cpu, result.total),
    processCpuMsPerRequest: perRequest(all, result.total),
    clientCpuMsPerRequest: perRequest(result.cpuMs, result.total),
  };
}

/** What bench/cannon-process.mjs reports from autocannon's result. */
interface CannonResult {
  total: number;
  duration: number;
  p50: number;
  p99: number;
  failures: number;
  /** CPU of the load generator's process over its run, ms. */
  cpuMs: number;
}

/** `connections` loops, each running `work` again and again for `seconds`, timed like autocannon times. */
export async function loops(work: () => Promise<unknown>, seconds: number, connections: number): Promise<Load> {
  const latencies = hdr.build({ autoResize: true, lowestDiscernibleValue: 1, highestTrackableValue: 10000, numberOfSignificantValueDigits: 5 });
  let requests = 0;
  let failures = 0;
  const deadline = performance.now() + seconds * 1000;
  const cpu0 = threadCpuMs();
  const all0 = processCpuMs();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        let ok = true;
        try {
          await work();
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
  const cpuMsPerRequest = perRequest(threadCpuMs() - cpu0, requests);
  const processCpuMsPerRequest = perRequest(processCpuMs() - all0, requests);
  const load = {
    requests,
    requestsPerSecond: round(requests / seconds),
    p50Ms: latencies.getValueAtPercentile(50),
    p99Ms: latencies.getValueAtPercentile(99),
    failures,
    cpuMsPerRequest,
    processCpuMsPerRequest,
  };
  latencies.destroy();
  return load;
}

/** The database work of random picks through the driver, from `connections` loops. */
export function driverLoad(db: GraphDb, pick: () => Pick, seconds: number, connections: number): Promise<Load> {
  const picks = drawn(pick);
  return loops(() => any(picks).run(db), seconds, connections);
}

/** Median of sequential runs of the steps, after one untimed run. */
export async function alone(db: GraphDb, pick: () => Pick, runs = 11): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const next = pick();
    const t0 = performance.now();
    await next.run(db);
    if (i > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)]!);
}

/** Waits until the database runs nothing but this check: a cancelled client's requests still finish there. */
export async function quiet(db: GraphDb, maxMs = 30_000): Promise<void> {
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

export const round = (n: number) => Math.round(n * 10) / 10;
/** a / b to two places; null when either side measured nothing (no request finished in time). */
export const ratio = (a: number, b: number) => (a > 0 && b > 0 ? Math.round((a / b) * 100) / 100 : null);

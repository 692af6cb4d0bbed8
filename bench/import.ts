// Import throughput against a throwaway embedded Neo4j: reports/s for the samples repeated under different ids,
// and pairs/s for the Wikipedia twin list, each beside a plain UNWIND … MERGE of the same rows as the baseline.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDriver, GraphDb } from '../neo4j/db/graph-db.js';
import { applySchema } from '../neo4j/db/schema.js';
import { findFreePort, startEmbedded } from '../neo4j/embedded.js';
import { loadConfig } from '../neo4j/config.js';
import { extractFile } from '../import/extract/extract.js';
import type { Extraction } from '../import/extract/types.js';
import type { GraphBatch } from '../import/graph/batch.js';
import { importExtraction } from '../import/graph/import-report.js';
import { factIdentity } from '../neo4j/model/fact.js';
import { toGraph } from '../import/graph/to-graph.js';
import { writeReport } from '../import/graph/write.js';
import { removeReport } from '../import/index.js';
import { readTx, run } from '../neo4j/db/tx.js';
import { writeBaseline } from './baseline.js';
import { cpuSeconds } from './cpu.js';
import { importTwins } from '../import/twins/import-twins.js';
import { checkRow, isRejection, type TwinPair } from '../import/twins/check-row.js';
import { matchCity } from '../import/twins/match-city.js';
import { readTwinCsv } from '../import/twins/read-twins.js';
import { csvSupport, twinGraph } from '../import/twins/to-twin-graph.js';
import { readTwinFile } from '../import/twins/import-twins.js';

export interface ImportBench {
  neo4jVersion: string;
  reports: number;
  reportsPerSecond: number;
  baselineReportsPerSecond: number;
  /** Reports/s over the first and the last tenth of the rounds (each fact then has few, or `repeat`, supports). */
  firstTenthReportsPerSecond: number;
  lastTenthReportsPerSecond: number;
  /** CPU ms per report (this process and the Neo4j server together), which the machine's load moves far less. */
  cpuMsPerReport: number;
  baselineCpuMsPerReport: number;
  firstTenthCpuMsPerReport: number;
  lastTenthCpuMsPerReport: number;
  /** Seconds to remove one report from the full graph (median and slowest of `removals`). */
  removalMedianSeconds: number;
  removalMaxSeconds: number;
  removals: number;
  pairs: number;
  pairsPerSecond: number;
  baselinePairsPerSecond: number;
  /** CPU seconds of the whole twin list, importer and baseline. */
  twinCpuSeconds: number;
  baselineTwinCpuSeconds: number;
}

export const TWIN_LIST = path.resolve('../shared/data/twin-cities-enwiki.csv');

export async function benchImport(repeat = 200, twinList: string | null = TWIN_LIST): Promise<ImportBench> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'twingraph-bench-'));
  // A generous start limit: on a shared machine the first start can take minutes.
  const neo4j = await startEmbedded({ dataDir, port: await findFreePort(), heap: '1g', javaHome: loadConfig().embedded.javaHome, timeoutMs: 600_000 });
  const db = new GraphDb(createDriver({ uri: neo4j.uri, ...neo4j.auth }));
  try {
    await applySchema(db);
    const [component] = await db.readText<{ version: string }>('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    const samples = await Promise.all((await readdir('data/reports')).sort().map((f) => extractFile(path.join('data/reports', f))));
    const copies = Array.from({ length: repeat }, (_, i) => samples.map((x) => copyOf(x, i + 1))).flat();

    // Warm-up: every query compiled once (removal's, the baseline's and the twin list's cities-by-name too), so
    // neither side pays the planner's first-use cost.
    await timed(db, async () => {
      for (const x of samples) await importExtraction(db, x);
      await readTx(db, (tx) => run(tx, 'cities-by-name', { rows: [{ name: 'Omsk', country: 'RU' }] }));
      await removeReport(db, samples[0]!.report.id);
      for (const x of samples.map((s) => copyOf(s, 0))) {
        const g = toGraph(x);
        await db.writeTx(async (tx) => {
          await writeReport(tx, g.report.id, g.report.props);
          await writeBaseline(tx, g, g.report.id);
        });
      }
    });
    const cpu = () => cpuSeconds(neo4j.pid);
    let cpuAt = cpu();
    const baselineReports = await timed(db, async () => {
      cpuAt = cpu();
      for (const x of copies) {
        const g = toGraph(x);
        await db.writeTx(async (tx) => {
          await writeReport(tx, g.report.id, g.report.props);
          await writeBaseline(tx, g, g.report.id);
        });
      }
    });
    const baselineCpu = cpu() - cpuAt;
    progress(`baseline: ${copies.length} reports in ${baselineReports.toFixed(1)} s, ${baselineCpu.toFixed(1)} s CPU`);
    // Each round adds one more report to every fact's supports, so the rounds slow down as the lists grow.
    const perRound: number[] = [];
    const cpuPerRound: number[] = [];
    const reports = await timed(db, async () => {
      for (let round = 0; round < repeat; round++) {
        const started = performance.now();
        const cpuStarted = cpu();
        for (const x of copies.slice(round * samples.length, (round + 1) * samples.length)) await importExtraction(db, x);
        perRound.push((performance.now() - started) / 1000);
        cpuPerRound.push(cpu() - cpuStarted);
        if ((round + 1) % 20 === 0) progress(`importer: round ${round + 1} of ${repeat}, ${perRound.at(-1)!.toFixed(2)} s, ${cpuPerRound.at(-1)!.toFixed(2)} s CPU`);
      }
    });
    // Removal at full size: one report of each sample from the start, middle and end of the run, each with facts
    // `repeat` reports state.
    const removalTimes: number[] = [];
    const removed = [...new Set([0, Math.floor(repeat / 2), repeat - 1])].flatMap((r) => copies.slice(r * samples.length, (r + 1) * samples.length));
    for (const x of removed) {
      const started = performance.now();
      await removeReport(db, x.report.id);
      removalTimes.push((performance.now() - started) / 1000);
    }
    // In the order removed (a slow first one points at planning), then sorted for the median.
    progress(`removals in order: ${removalTimes.map((t) => t.toFixed(3)).join(', ')} s`);
    removalTimes.sort((a, b) => a - b);
    const rate = (rounds: number[]) => round((rounds.length * samples.length) / rounds.reduce((a, b) => a + b, 0));
    const tenth = Math.max(1, Math.floor(repeat / 10));
    const msPerReport = (rounds: number[]) => Math.round((rounds.reduce((a, b) => a + b, 0) * 1000) / (rounds.length * samples.length));

    progress(`removal: ${removalTimes.map((t) => t.toFixed(3)).join(', ')} s; the twin list next`);
    let pairs = 0;
    let twins = 0;
    let baselinePairs = 0;
    let twinCpu = 0;
    let baselineTwinCpu = 0;
    if (twinList) {
      const batches = await twinBatches(twinList);
      pairs = new Set(batches.flatMap((b) => b.facts.filter((r) => r.kind === 'TWIN').map(factIdentity))).size;
      baselinePairs = await timed(db, async () => {
        cpuAt = cpu();
        for (const b of batches) {
          await db.writeTx(async (tx) => {
            await run(tx, 'merge-twin-list', { id: b.support, file: b.support.replace(/^csv:/, '') });
            await writeBaseline(tx, b, b.support);
          });
        }
      });
      baselineTwinCpu = cpu() - cpuAt;
      progress(`twin list baseline: ${baselinePairs.toFixed(1)} s, ${baselineTwinCpu.toFixed(1)} s CPU`);
      twins = await timed(db, async () => {
        cpuAt = cpu();
        await importTwins(db, twinList);
      });
      twinCpu = cpu() - cpuAt;
      progress(`twin list: ${twins.toFixed(1)} s, ${twinCpu.toFixed(1)} s CPU`);
    }
    return {
      neo4jVersion: component?.version ?? 'unknown',
      reports: copies.length,
      reportsPerSecond: round(copies.length / reports),
      baselineReportsPerSecond: round(copies.length / baselineReports),
      firstTenthReportsPerSecond: rate(perRound.slice(0, tenth)),
      lastTenthReportsPerSecond: rate(perRound.slice(-tenth)),
      cpuMsPerReport: msPerReport(cpuPerRound),
      baselineCpuMsPerReport: Math.round((baselineCpu * 1000) / copies.length),
      firstTenthCpuMsPerReport: msPerReport(cpuPerRound.slice(0, tenth)),
      lastTenthCpuMsPerReport: msPerReport(cpuPerRound.slice(-tenth)),
      removalMedianSeconds: round3(removalTimes[Math.floor(removalTimes.length / 2)]!),
      removalMaxSeconds: round3(removalTimes.at(-1)!),
      removals: removalTimes.length,
      pairs,
      pairsPerSecond: twins > 0 ? round(pairs / twins) : 0,
      baselinePairsPerSecond: baselinePairs > 0 ? round(pairs / baselinePairs) : 0,
      twinCpuSeconds: round(twinCpu),
      baselineTwinCpuSeconds: round(baselineTwinCpu),
    };
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A sample under another id: a line appended to its text changes the hash, as a new report's would. */
function copyOf(x: Extraction, n: number): Extraction {
  const text = `${x.text}\nКопия ${n}.`;
  const sha256 = createHash('sha256').update(text).digest('hex');
  const file = x.report.file.replace(/(\.\w+)$/, `-${n}$1`);
  // Its own title too: same city, year and title would make each copy a new version replacing the last one.
  const title = `${x.report.title ?? 'Отчёт'} (копия ${n})`;
  return { ...x, text, report: { ...x.report, id: `r-${sha256.slice(0, 12)}`, sha256, file, title } };
}

/** The twin list's rows as graph batches of 2,000, cities matched to the gazetteer or new: the baseline's rows. */
async function twinBatches(file: string): Promise<GraphBatch[]> {
  const csv = readTwinCsv(await readTwinFile(file));
  const pairs = csv.records.map((r) => checkRow(r, csv.columns)).filter((p): p is TwinPair => !isRejection(p));
  const batches: GraphBatch[] = [];
  for (let i = 0; i < pairs.length; i += 2000) {
    const matched = pairs.slice(i, i + 2000).map((pair) => ({
      pair,
      a: matchCity(pair.city1, pair.iso1, new Map()),
      b: matchCity(pair.city2, pair.iso2, new Map()),
    }));
    batches.push(twinGraph(csvSupport(path.basename(file)), matched).batch);
  }
  return batches;
}

/** Seconds `work` takes on an empty graph (emptied before, so each run starts alike). */
async function timed(db: GraphDb, work: () => Promise<unknown>): Promise<number> {
  // In separate transactions of 5,000 nodes: one transaction for all of them would outlive the database's own
  // time limit (db.transaction.timeout) on a loaded machine.
  for (;;) {
    const [row] = await db.writeTx(async (tx) => run<{ deleted: number }>(tx, 'bench-clear', {}));
    if (Number(row?.deleted ?? 0) === 0) break;
  }
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

const progress = (line: string) => console.error(`[import bench] ${new Date().toISOString().slice(11, 19)} ${line}`);
const round = (n: number) => Math.round(n * 10) / 10;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = new Date().toISOString();
  // A third argument `none` skips the twin list (its figures then read 0).
  const result = await benchImport(Number(process.argv[2] ?? 200), process.argv[3] === 'none' ? null : TWIN_LIST);
  console.log({ started, ended: new Date().toISOString(), load: os.loadavg(), ...result });
}

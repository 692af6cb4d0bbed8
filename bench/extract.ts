// Extraction throughput on one core: the sample reports, read and extracted over and over until at least
// 20 MB of text has passed, in MB of input text per second. Three phases apart: cold (the first pass, every word
// new to the caches); the JIT's warm-up (the next few MB, while V8 compiles the extractor's hot functions, at
// first about half the steady speed: its optimising compiler shares the one core); warm (caches filled and the
// code compiled, the speed of a long import; target 2 MB/s). Warm also per second of this process's CPU time,
// the figure that compares on a busy machine. Then the cold start of the command line on one report (extract-cli.ts).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractText } from '../import/extract/extract.js';
import { loadMorph } from '../import/extract/lexicon/morph.js';
import { benchColdCli, type ColdCli } from './extract-cli.js';
import { liveHeapBytes } from './live-heap.js';

export interface ExtractBench {
  files: number;
  coldMBps: number;
  /** MB extracted after the first pass and before the warm figures are timed: the JIT's warm-up. */
  jitWarmupMB: number;
  /** MB/s over the JIT's warm-up. */
  jitWarmupMBps: number;
  /** MB/s over the warm-up and the warm pass together: everything after the first pass. */
  afterColdMBps: number;
  warmMBps: number;
  /** Warm MB per second of CPU time (user + system). */
  warmCpuMBps: number;
  totalMB: number;
  seconds: number;
  cpuSeconds: number;
  heapMB: number;
  /** Null when only the warm figures were asked for (`--warm-only`, the pinned run of extract-pinned.ts). */
  cli: ColdCli | null;
}

/**
 * How much text passes between the first pass and the warm one. V8 goes on compiling long after the first few MB: on
 * the samples (node --trace-opt, 2026-12-07) its optimising compiler took about 3 s over the first 2 MB, 0.1-0.5 s
 * over each 2 MB up to about 24 MB (the large relation rules compiled, deoptimised on an array of another kind and
 * compiled again), and under 0.1 s after that. The warm figure is taken once that is over.
 */
const JIT_WARMUP_MB = 30;

/** `megabytes`: how much text the warm pass extracts (20 for the recorded figures; less to try the bench out). */
export async function benchExtract(dir = 'data/reports', megabytes = 20, cli = true, jitWarmupMB = JIT_WARMUP_MB): Promise<ExtractBench> {
  const names = (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const texts = await Promise.all(names.map(async (f) => ({ file: f, raw: await readFile(path.join(dir, f), 'utf8') })));
  const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');
  await loadMorph();

  // Cold: each sample once, with empty caches (after the dictionaries are loaded).
  let start = performance.now();
  let bytes = 0;
  for (const t of texts) {
    await extractText(t.raw, { file: t.file });
    bytes += bytesOf(t.raw);
  }
  const coldMBps = bytes / 1024 / 1024 / ((performance.now() - start) / 1000);

  // Each pass appends a line so the report id differs, as real reports would.
  let round = 0;
  const extractMB = async (mb: number): Promise<number> => {
    let passed = 0;
    while (passed < mb * 1024 * 1024) {
      round++;
      for (const t of texts) {
        const raw = `${t.raw}\nКопия ${round}.`;
        await extractText(raw, { file: t.file });
        passed += bytesOf(raw);
      }
    }
    return passed;
  };

  // The JIT's warm-up, timed apart; then warm: repeat until 20 MB.
  start = performance.now();
  const warmupBytes = await extractMB(jitWarmupMB);
  const warmupSeconds = (performance.now() - start) / 1000;
  start = performance.now();
  const cpuStart = process.cpuUsage();
  bytes = await extractMB(megabytes);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const heapMB = Math.round(liveHeapBytes() / 1024 / 1024);
  return {
    files: names.length,
    coldMBps: round2(coldMBps),
    jitWarmupMB: round2(warmupBytes / 1024 / 1024),
    jitWarmupMBps: round2(warmupBytes / 1024 / 1024 / warmupSeconds),
    afterColdMBps: round2((warmupBytes + bytes) / 1024 / 1024 / (warmupSeconds + seconds)),
    warmMBps: round2(bytes / 1024 / 1024 / seconds),
    warmCpuMBps: round2(bytes / 1024 / 1024 / cpuSeconds),
    totalMB: round2(bytes / 1024 / 1024),
    seconds: round2(seconds),
    cpuSeconds: round2(cpuSeconds),
    heapMB,
    cli: cli ? benchColdCli() : null,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npx tsx bench/extract.ts [MB] [--warm-only]`: --warm-only prints the figures as JSON, without the cold CLI runs.
  const warmOnly = process.argv.includes('--warm-only');
  const result = await benchExtract('data/reports', Number(process.argv[2] ?? 20), !warmOnly);
  console.log(warmOnly ? JSON.stringify(result) : result);
}

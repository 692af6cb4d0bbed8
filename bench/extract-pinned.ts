// Warm extraction with the whole process held to one CPU (`taskset -c 0`), garbage collector included: the figure
// issue 9's target (2 MB/s on one core) names. Unpinned, the collector's helper threads run on the other core,
// which flatters wall time and adds CPU time, so neither unpinned figure is "one core". Linux only (taskset, from
// util-linux); null where taskset is missing.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface PinnedExtract {
  /** Megabytes of text extracted warm. */
  megabytes: number;
  /** How many pinned processes ran; the figures are their medians. */
  runs: number;
  /** Warm MB/s (after the JIT's warm-up), wall time of the pinned process. */
  warmMBps: number;
  /** Every run's warm MB/s, slowest first: on a shared machine they spread by a fifth or more. */
  warmRuns: number[];
  /** MB/s over the JIT's warm-up and the warm pass together (everything after the first pass). */
  afterColdMBps: number;
}

export function benchPinnedExtract(megabytes = 20, runs = 3): PinnedExtract | null {
  if (spawnSync('taskset', ['--version']).error) return null;
  const args = ['-c', '0', process.execPath, '--import', 'tsx', 'bench/extract.ts', String(megabytes), '--warm-only'];
  const results: Array<{ totalMB: number; warmMBps: number; afterColdMBps: number }> = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync('taskset', args, { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`taskset ${args.join(' ')} failed: ${run.stderr.trim()}`);
    results.push(JSON.parse(run.stdout));
  }
  const warmRuns = results.map((r) => r.warmMBps).sort((a, b) => a - b);
  return {
    megabytes: results[0]!.totalMB,
    runs,
    warmMBps: median(warmRuns),
    warmRuns,
    afterColdMBps: median(results.map((r) => r.afterColdMBps)),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(benchPinnedExtract(Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 3)));
}

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
  /** Warm MB/s, wall time of the pinned process. */
  warmMBps: number;
}

export function benchPinnedExtract(megabytes = 20): PinnedExtract | null {
  if (spawnSync('taskset', ['--version']).error) return null;
  const args = ['-c', '0', process.execPath, '--import', 'tsx', 'bench/extract.ts', String(megabytes), '--warm-only'];
  const run = spawnSync('taskset', args, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`taskset ${args.join(' ')} failed: ${run.stderr.trim()}`);
  const result = JSON.parse(run.stdout) as { totalMB: number; warmMBps: number };
  return { megabytes: result.totalMB, warmMBps: result.warmMBps };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(benchPinnedExtract(Number(process.argv[2] ?? 20)));
}

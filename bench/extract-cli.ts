// The cold start of `twingraph extract FILE --json`: a fresh process per run, as a user meets it, timed as CPU
// (user + system of that process, every thread) and wall time. CPU time is the figure that compares on a busy
// machine; wall time is what the user waits. Target (issue 9): under 1.5 s of CPU.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ColdCli {
  /** The command as run, from the project root. */
  command: string;
  runs: number;
  cpuSeconds: number;
  wallSeconds: number;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRELOAD = pathToFileURL(path.join(ROOT, 'bench/cpu-at-exit.js')).href;

/** Medians over `runs` cold runs, after one untimed run that builds dist/cli when a source changed. */
export function benchColdCli(file = 'data/reports/omsk-2023.txt', runs = 3): ColdCli {
  const args = ['bin/twingraph.js', 'extract', file, '--json'];
  const dir = mkdtempSync(path.join(tmpdir(), 'twingraph-cold-'));
  try {
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const out = path.join(dir, `cpu-${i}.json`);
      const start = performance.now();
      const run = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
        cwd: ROOT,
        env: { ...process.env, TWINGRAPH_CPU_OUT: out },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const seconds = (performance.now() - start) / 1000;
      if (run.status !== 0) throw new Error(`twingraph ${args.slice(1).join(' ')} failed: ${run.stderr.toString().trim()}`);
      if (i === 0) continue;
      const { user, system } = JSON.parse(readFileSync(out, 'utf8')) as { user: number; system: number };
      cpu.push(user + system);
      wall.push(seconds);
    }
    return { command: `twingraph ${args.slice(1).join(' ')}`, runs, cpuSeconds: round2(median(cpu)), wallSeconds: round2(median(wall)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(benchColdCli(process.argv[2], Number(process.argv[3] ?? 3)));
}

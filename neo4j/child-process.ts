// The launcher's child process seen from this process: tied to our exit and signals, its pipes released so they
// never keep us alive, and terminated cleanly (SIGTERM, then SIGKILL after a grace period).
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Socket } from 'node:net';

// --- tied children: stopped when this process exits or is signalled -------------------------------------

const tied = new Map<ChildProcess, () => Promise<void>>();

function killTiedNow(): void {
  for (const child of tied.keys()) child.kill('SIGTERM');
}

function onSignal(signal: NodeJS.Signals): void {
  // Other listeners (e.g. the server's graceful shutdown) decide when to exit; alone, Node no longer would.
  const alone = process.listenerCount(signal) === 1;
  void Promise.allSettled([...tied.values()].map((stop) => stop())).then(() => {
    if (alone) process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

export function track(child: ChildProcess, stop: () => Promise<void>): void {
  tied.set(child, stop);
  if (tied.size > 1) return;
  process.on('exit', killTiedNow);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

export function untrack(child: ChildProcess): void {
  if (!tied.delete(child) || tied.size > 0) return;
  process.off('exit', killTiedNow);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

/** Our side of the pipes must not keep this process alive; the launcher only ever writes one line. */
export function release(child: ChildProcess): void {
  child.stdout?.resume();
  (child.stdout as Socket | null)?.unref();
  (child.stdin as Socket | null)?.unref();
  child.unref();
}

/** SIGTERM (a clean Neo4j shutdown), SIGKILL if it takes longer than `graceMs`. */
export async function terminate(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  child.ref(); // hold the event loop until it is gone
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(killer);
  }
}

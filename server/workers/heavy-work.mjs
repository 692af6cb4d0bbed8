// The worker threads' entry: lowers this thread's CPU priority, then loads heavy-work.ts through tsx's API,
// because on Node 20 a worker does not inherit the parent's TypeScript loader (`--import tsx` in execArgv is
// not applied to worker threads).
import os from 'node:os';
import { tsImport } from 'tsx/esm/api';

// On a machine with fewer free cores than busy threads, an extraction at the same priority as the event loop
// took turns with it: the loop waited hundreds of ms for a core while doing almost nothing. At nice 10 the
// scheduler runs the loop first whenever it has work. On Linux this sets the calling thread only (the nice value
// is per thread there); elsewhere it may lower the whole process or be refused, so it is best effort. Relative to
// the nice value this thread inherited from the loop, so a server started under `nice` still keeps the loop first.
export const WORKER_NICE = 10;
try {
  if (process.platform === 'linux') os.setPriority(Math.min(19, os.getPriority() + WORKER_NICE));
} catch {
  // Not permitted here: the work still runs, at the usual priority.
}

const work = await tsImport('./heavy-work.ts', import.meta.url);

export const plan = (task) => work.plan(task);
export const metrics = (task) => work.metrics(task);

// The abort signal of the request a query runs for, carried by AsyncLocalStorage so every read made while
// answering it is cancelled when the client goes away, without threading a signal through each function.
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` (and everything it awaits or schedules) with `signal` as the current request's signal. */
export function runWithSignal<T>(signal: AbortSignal, work: () => T): T {
  return scope.run(signal, work);
}

/** The signal of the request being answered, if any. */
export function currentSignal(): AbortSignal | undefined {
  return scope.getStore();
}

// The API bench's load generator in its own thread: autocannon sending requests from this worker, so the server
// under test does not share its event loop with the client timing it (the driver baseline's loops, by contrast,
// are the client). Plain JavaScript because on Node 20 a worker thread does not inherit tsx's loader.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { tsImport } from 'tsx/esm/api';

/** @type {{ base: string, urls: string[], seconds: number, connections: number }} */
const { base, urls, seconds, connections } = workerData;

// This thread's CPU time, from the helper the driver loops use (loaded through tsx's API, as said above).
const { threadCpuMs } = await tsImport('./thread-cpu.ts', import.meta.url);

// Each request takes a URL drawn at random from the ones the main thread drew from the graph.
const opts = {
  url: base,
  connections,
  duration: seconds,
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: urls[Math.floor(Math.random() * urls.length)] }) }],
};
// Off the main thread autocannon hands back its raw histograms (it expects to be one of its own workers);
// aggregateResult turns them into the percentiles it gives on the main thread.
const cpu0 = threadCpuMs();
const raw = await autocannon(opts);
const cpuMs = threadCpuMs() - cpu0;
const result = autocannon.aggregateResult([raw], opts);
parentPort?.postMessage({
  total: result.requests.total,
  duration: result.duration,
  p50: result.latency.p50,
  p99: result.latency.p99,
  failures: result.non2xx + result.errors + result.timeouts,
  cpuMs,
});

// The API bench's load generator in a process of its own: autocannon, run again for each job the bench sends it.
// Apart from the server under test, so neither shares the other's event loop, and so the CPU of each is its own:
// as a worker thread, the load generator's garbage collection and compiling (V8's helper threads are per process)
// and its start-up counted as the server's CPU. One process for the whole bench, so its code is compiled once,
// in the warm-up runs, rather than during each timed run. Plain JavaScript: it needs no TypeScript loader.
import autocannon from 'autocannon';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** @param {{ base: string, urls: string[], seconds: number, connections: number }} job */
async function run({ base, urls, seconds, connections }) {
  // Each request takes a URL drawn at random from the ones the bench drew from the graph.
  const opts = {
    url: base,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: urls[Math.floor(Math.random() * urls.length)] }) }],
  };
  const cpu0 = cpuMs();
  const result = await autocannon(opts);
  return {
    total: result.requests.total,
    duration: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    // This whole process over the run: autocannon and its garbage collection.
    cpuMs: cpuMs() - cpu0,
  };
}

process.on('message', (job) => {
  run(job).then(
    (result) => process.send?.({ result }),
    (err) => process.send?.({ error: String(err?.stack ?? err) }),
  );
});
// The bench's process ends this one by closing the channel.
process.on('disconnect', () => process.exit(0));

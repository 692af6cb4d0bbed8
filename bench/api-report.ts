// The Query API section of BENCHMARKS.md, from one run of bench/api.ts.
import os from 'node:os';
import type { ApiBench, ApiBenchRow } from './api.js';
import type { Load } from './load.js';

const x = (v: number | null) => (v === null ? '—' : `${v}×`);
const fails = (n: number, what: string) => (n > 0 ? `, ${n.toLocaleString('en-US')} ${what}` : '');
const miss = (p99: number, target: number | null) => (target !== null && p99 >= target ? ` (target < ${target})` : '');
const cpu = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const load = (l: Load, what = 'non-2xx') => `${l.requestsPerSecond}${fails(l.failures, what)} | ${l.p50Ms} ms | ${l.p99Ms} ms`;

function row(r: ApiBenchRow): string {
  if (r.api.requests === 0) return `| ${r.endpoint} | 0${fails(r.api.failures, 'non-2xx')} | — | — (no request finished) | ${load(r.driver, 'errors')} | — | ${r.wide.p99Ms} ms |`;
  return `| ${r.endpoint} | ${r.api.requestsPerSecond}${fails(r.api.failures, 'non-2xx')} | ${r.api.p50Ms} ms | ${r.api.p99Ms} ms${miss(r.api.p99Ms, r.targetP99Ms)} | ${load(r.driver, 'errors')} | ${x(r.p99Overhead)}, ${x(r.throughputOverhead)} | ${r.wide.requestsPerSecond} req/s, p99 ${r.wide.p99Ms} ms |`;
}

export function apiSection(api: ApiBench): string {
  const s = api.search;
  const u = api.upload;
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM`;
  return `## Query API

Measured ${api.date.slice(0, 16).replace('T', ' ')} UTC on ${machine}, Node ${process.version}, Neo4j ${api.neo4jVersion};
1-minute load average ${api.loadBefore.toFixed(1)} before and ${api.loadAfter.toFixed(1)} after (the machine is shared: a load
above its core count slows every figure here, the API and the driver alike).

autocannon with ${api.connections} connections for ${api.seconds} s per endpoint against the API on 127.0.0.1 (from a process
of its own, started once and warmed up with the rest, so it shares neither the server's event loop nor its CPU
accounting; same machine as the server and Neo4j), beside the baseline: the same Cypher (the same
\`cypher/*.cypher\` queries with the same parameters, in the order the endpoint runs them: for paths also its second
query with a larger budget when the first was cut short; for search the same search function, below) through the driver from
${api.connections} concurrent loops for the same time; then the API alone at ${api.wideConnections} connections (no target). The graph: the
five sample reports${api.twinListLoaded ? ' and the Wikipedia twin list' : ' (the twin list was not loaded)'}, ${api.nodes.toLocaleString('en-US')} nodes and ${api.relationships.toLocaleString('en-US')} relationships. Every
request draws its entity or pair at random from the loaded graph (20,000 draws made up front, for the API and the driver loops alike). Latencies in whole ms; a request still in flight
at the end is not counted. Overhead: API p99 ÷ driver p99, and driver req/s ÷ API req/s. Targets: p99 under 50 ms
for search, neighbours, shared partners and similar, under 150 ms for paths; overhead under 1.2×.

| endpoint | API req/s | API p50 | API p99 | driver req/s | driver p50 | driver p99 | overhead × (p99, req/s) | API at ${api.wideConnections} connections |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${api.rows.map(row).join('\n')}

CPU per request in ms, API ÷ driver (less sensitive than the timings to other work on a shared machine): on the
thread that runs the server's event loop or the driver loops, ${api.rows.map((r) => `${r.endpoint} ${cpu(r.api.cpuMsPerRequest)} ÷ ${cpu(r.driver.cpuMsPerRequest)}`).join(', ')};
the bench's whole process (V8's GC threads included; the load generator is another process), ${api.rows.map((r) => `${r.endpoint} ${cpu(r.api.processCpuMsPerRequest)} ÷ ${cpu(r.driver.processCpuMsPerRequest)}`).join(', ')}.
The load generator's process, on the same cores (the baseline's loops are their own client): ${api.rows.map((r) => `${r.endpoint} ${cpu(r.api.clientCpuMsPerRequest ?? null)}`).join(', ')} ms per request.
What the API adds to the same queries: reading and routing the request, validating its query string (zod), the
security headers (worked out once at start), writing the answer (fast-json-stringify from the zod models) and one
write of it to the client's socket; on loopback that write also delivers the answer to the load generator and wakes
it, on the server's thread, and the load generator's own work shares the same cores, where the baseline's loops
have neither.

One request at a time through the driver (median of 11, nothing else running): ${api.rows.map((r) => `${r.endpoint} ${r.driverAloneMs} ms`).join(', ')}.
Queries per request: ${api.rows.map((r) => `${r.endpoint} (${r.queries.join(', ')})`).join('; ')}. Search's database work is
only the graph-version check, shared among the searches that arrive while one runs; names are matched in the
process's name index, on the event loop. Its baseline runs that same function (check and match) from the driver
loops, so the ratio is what HTTP adds to the same work.

### Search: in-process MiniSearch or Lucene in Neo4j

The same random prefixes (three letters up to a whole city name) from ${api.connections} concurrent loops for ${api.seconds} s, in process
(no HTTP, on the bench's thread): the MiniSearch name index the API uses (a graph-version query, then the index) against a Lucene query on
the full-text index \`entity_names\` (\`bench/search-lucene.ts\`: exact, prefix, fuzzy from 5 letters, stems).

| | req/s | p50 | p99 |
| --- | --- | --- | --- |
| MiniSearch (in process) | ${load(s.miniSearch, 'errors')} |
| Lucene (Neo4j full-text) | ${load(s.lucene, 'errors')} |

Chosen: the in-process index, for its throughput and latency here, and because it matches Latin spellings
(\`moskva\`) from a transliteration computed at build time rather than a property stored in the graph.
Building the name index for ${s.entities.toLocaleString('en-US')} entities: ${s.buildMs} ms, the longest event-loop stall meanwhile
${s.buildLoopStallMs} ms of wall time, at most ${s.buildLoopBusyMs} ms of CPU without a break (documents go in 200 at a time between
other requests), ${s.heapMB} MB of heap: all on the bench's thread here; the server does the same, reading and
preparing the entries 200 at a time too. It is rebuilt when the
graph version stored in Neo4j changes; a search waits for the rebuild, so it never answers from an older graph.

### Search beside a 19 MB upload

A ${u.uploadMB} MB report uploaded as a job (\`wait=false\`; extraction in a worker thread) while search runs at ${api.connections}
connections for ${api.seconds} s (target p99 < 100 ms): ${u.search.requestsPerSecond} req/s${fails(u.search.failures, 'non-2xx')}, p50 ${u.search.p50Ms} ms, p99 ${u.search.p99Ms} ms${miss(u.search.p99Ms, 100)};
the server's longest event-loop stall meanwhile ${u.loopStallMs} ms of wall time, of which the loop was busy at most ${u.loopBusyMs} ms
of CPU without a break (the rest is waiting for a core on a loaded machine; search alone, above: p99 ${api.rows[0]?.api.p99Ms} ms);
while the upload was received, before its \`202\`, at most ${u.receiveBusyMs} ms of CPU without a break.
The job was \`${u.stateAtEnd}\` when the search load ended; ${u.uploadSeconds === null ? 'it was still running a minute later, when the bench stopped waiting' : `it finished ${u.uploadSeconds} s after the upload began`}.
`;
}

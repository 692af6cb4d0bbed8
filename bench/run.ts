// `npm run bench [-- REPEAT [API_SECONDS]]`: extraction and import throughput, the query API under load and the
// web view at scale on this machine, written to BENCHMARKS.md with the machine and the date (the import and API
// benches each start their own throwaway Neo4j; they never touch your data).
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchExtract } from './extract.js';
import { benchImport } from './import.js';
import { benchApi, type ApiBenchRow } from './api.js';
import { benchWeb } from './web.js';

const repeat = Number(process.argv[2] ?? 200);
const apiSeconds = Number(process.argv[3] ?? 20);
const say = (line: string) => console.error(`[bench] ${line}`);

say('extraction: the sample reports over and over, 20 MB of text');
const extract = await benchExtract();
say(`import: the samples ${repeat} times under different ids, then the Wikipedia twin list`);
const imp = await benchImport(repeat);
say(`query API: autocannon, 32 connections, ${apiSeconds} s per endpoint, beside the same Cypher through the driver`);
const api = await benchApi({ seconds: apiSeconds, connections: 32 });
say('web view: 500, 2,000 and 5,000 elements in headless Chromium');
// A missing browser or build should not cost the figures above: the section then says why.
const web = await benchWeb().catch((err: Error) => err);

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}`;
const md = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}; Node ${process.version};
Neo4j ${imp.neo4jVersion} Community (embedded, 1 GB heap). Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}
(other work on the machine slows every figure alike).

## Extraction (one core)

| what | value |
| --- | --- |
| sample reports | ${extract.files} |
| cold (first pass) | ${extract.coldMBps} MB/s |
| warm (${extract.totalMB} MB in ${extract.seconds} s) | ${extract.warmMBps} MB/s |
| heap after | ${extract.heapMB} MB |

## Import into Neo4j

Each figure beside a baseline written against today's schema (\`bench/baseline.ts\`): the same rows, one transaction
per report (per 2,000 rows for the list), entities MERGEd on \`:Entity\` id, facts MERGEd on their identity, the
source's Statement nodes CREATEd and linked to it, without the importer's version check, entity and fact locks in a
global order, or fact summaries derived from all of a fact's statements. The reports are the samples under ${repeat}
ids each, so every fact ends stated by ${repeat} reports: the last tenth of the rounds shows whether the import slows
as statements pile up. Targets: importer at least 0.8× the baseline, last tenth no slower than the first, removal
of one report under 1 s at full size, the twin list at least 0.8× its baseline.

| what | importer | baseline | importer ÷ baseline |
| --- | --- | --- | --- |
| reports (the 5 samples × ${repeat}, already extracted, ${imp.reports} reports) | ${imp.reportsPerSecond} reports/s | ${imp.baselineReportsPerSecond} reports/s | ${ratio(imp.reportsPerSecond, imp.baselineReportsPerSecond)} |
| … over the first tenth of the rounds | ${imp.firstTenthReportsPerSecond} reports/s | | |
| … over the last tenth (every fact stated by ${repeat} reports) | ${imp.lastTenthReportsPerSecond} reports/s | | last ÷ first ${ratio(imp.lastTenthReportsPerSecond, imp.firstTenthReportsPerSecond)} |
| removal of one report from the full graph (${imp.removals} reports) | median ${imp.removalMedianSeconds} s, slowest ${imp.removalMaxSeconds} s | | |
| twin list (\`twin-cities-enwiki.csv\`, ${imp.pairs.toLocaleString('en-US')} distinct pairs) | ${imp.pairsPerSecond.toLocaleString('en-US')} pairs/s | ${imp.baselinePairsPerSecond.toLocaleString('en-US')} pairs/s | ${ratio(imp.pairsPerSecond, imp.baselinePairsPerSecond)} |

## Query API

autocannon with ${api.connections} connections for ${api.seconds} s per endpoint against the API on 127.0.0.1 (its
own worker thread, on the same machine as the server and Neo4j), beside the baseline: the same Cypher (the
same \`cypher/*.cypher\` queries with the same parameters, in the order the endpoint runs them) through the
driver from ${api.connections} concurrent loops for the same time. The graph: the five sample reports${api.twinListLoaded ? ' and the Wikipedia twin list' : ' (the twin list was not found)'},
${api.nodes.toLocaleString('en-US')} nodes and ${api.relationships.toLocaleString('en-US')} relationships. Latencies in whole ms (autocannon's histogram); a
request still in flight at the end is not counted. Overhead: API p99 ÷ driver p99, and driver req/s ÷ API req/s.
Every request draws its entity or pair at random from the loaded graph (the driver side runs the same queries for
its own draws). Targets: p99 under 50 ms for search, neighbours, shared partners and similar, under 150 ms for paths;
overhead under 1.2×.

| endpoint | API req/s | API p50 | API p99 | driver req/s | driver p50 | driver p99 | overhead × (p99, req/s) |
| --- | --- | --- | --- | --- | --- | --- | --- |
${api.rows.map(apiRow).join('\n')}

One request at a time through the driver (median of 11, nothing else running): ${api.rows.map((r) => `${r.endpoint} ${r.driverAlone.p50Ms} ms`).join(', ')}.
Queries per request: ${api.rows.map((r) => `${r.endpoint} (${r.queries.join(', ')})`).join('; ')}.

## Web view

The built page in headless Chromium with a synthetic twin-city-like overview (no server or database: its
requests are answered in-process); ms from navigation start, and the median frame of a zoom step.

${web instanceof Error ? `Not measured: ${web.message}` : `| elements | nodes | edges | data in | layout done | first render | zoom frame |
| --- | --- | --- | --- | --- | --- | --- |
${web.map((w) => `| ${w.elements.toLocaleString('en-US')} | ${w.nodes.toLocaleString('en-US')} | ${w.edges.toLocaleString('en-US')} | ${w.dataMs} ms | ${w.layoutDoneMs} ms | ${w.firstRenderMs} ms | ${w.zoomFrameMs} ms |`).join('\n')}`}
`;
await writeFile('BENCHMARKS.md', md);
process.stdout.write(md);

function ratio(a: number, b: number): string {
  return b > 0 ? `${(a / b).toFixed(2)}×` : '—';
}

function apiRow(r: ApiBenchRow): string {
  const miss = r.targetP99Ms !== null && r.api.p99Ms >= r.targetP99Ms ? ` (target < ${r.targetP99Ms})` : '';
  const fails = (n: number, what: string) => (n > 0 ? `, ${n.toLocaleString('en-US')} ${what}` : '');
  const x = (v: number | null) => (v === null ? '—' : `${v}×`);
  if (r.api.requests === 0) return `| ${r.endpoint} | 0${fails(r.api.failures, 'non-2xx')} | — | — (no request finished) | ${r.driver.requestsPerSecond}${fails(r.driver.failures, 'errors')} | ${r.driver.p50Ms} ms | ${r.driver.p99Ms} ms | — |`;
  return `| ${r.endpoint} | ${r.api.requestsPerSecond}${fails(r.api.failures, 'non-2xx')} | ${r.api.p50Ms} ms | ${r.api.p99Ms} ms${miss} | ${r.driver.requestsPerSecond}${fails(r.driver.failures, 'errors')} | ${r.driver.p50Ms} ms | ${r.driver.p99Ms} ms | ${x(r.p99Overhead)}, ${x(r.throughputOverhead)} |`;
}

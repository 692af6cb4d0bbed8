// `npm run bench [-- REPEAT [API_SECONDS]]`: extraction and import throughput, the query API under load and the
// web view at scale on this machine, written to BENCHMARKS.md with the machine and the date (the import and API
// benches each start their own throwaway Neo4j; they never touch your data).
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchExtract } from './extract.js';
import { benchImport } from './import.js';
import { benchApi } from './api.js';
import { apiSection } from './api-report.js';
import { benchWeb } from './web.js';

const repeat = Number(process.argv[2] ?? 200);
const apiSeconds = Number(process.argv[3] ?? 20);
const say = (line: string) => console.error(`[bench] ${line}`);

say('extraction: the sample reports over and over, 20 MB of text');
const extract = await benchExtract();
say(`import: the samples ${repeat} times under different ids, then the Wikipedia twin list`);
const imp = await benchImport(repeat);
say(`query API: autocannon, 8 and 32 connections, ${apiSeconds} s per endpoint, beside the same Cypher through the driver`);
const api = await benchApi({ seconds: apiSeconds });
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

Each figure beside a baseline: the same rows written with plain \`UNWIND … MERGE … SET +=\` queries in one
transaction per report (per 2,000 rows for the list), without the importer's version check, reading of what
the graph holds, merging of evidence and supports, or city matching. The baseline keeps one report's support per
fact; the importer keeps them all, so when the same report arrives under 200 ids every fact ends with 200
evidence entries that each later report reads and writes back: the rounds slow down as those lists grow.

| what | importer | baseline |
| --- | --- | --- |
| reports (the 5 samples × ${repeat}, already extracted, ${imp.reports} reports) | ${imp.reportsPerSecond} reports/s | ${imp.baselineReportsPerSecond} reports/s |
| … over the first tenth of the rounds (facts with few supports) | ${imp.firstTenthReportsPerSecond} reports/s | |
| … over the last tenth (every fact stated by ${repeat} reports) | ${imp.lastTenthReportsPerSecond} reports/s | |
| twin list (\`twin-cities-enwiki.csv\`, ${imp.pairs.toLocaleString('en-US')} distinct pairs) | ${imp.pairsPerSecond.toLocaleString('en-US')} pairs/s | ${imp.baselinePairsPerSecond.toLocaleString('en-US')} pairs/s |

${apiSection(api)}
## Web view

The built page in headless Chromium with a synthetic twin-city-like overview (no server or database: its
requests are answered in-process); ms from navigation start, and the median frame of a zoom step.

${web instanceof Error ? `Not measured: ${web.message}` : `| elements | nodes | edges | data in | layout done | first render | zoom frame |
| --- | --- | --- | --- | --- | --- | --- |
${web.map((w) => `| ${w.elements.toLocaleString('en-US')} | ${w.nodes.toLocaleString('en-US')} | ${w.edges.toLocaleString('en-US')} | ${w.dataMs} ms | ${w.layoutDoneMs} ms | ${w.firstRenderMs} ms | ${w.zoomFrameMs} ms |`).join('\n')}`}
`;
await writeFile('BENCHMARKS.md', md);
process.stdout.write(md);

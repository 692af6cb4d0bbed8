// `npm run bench [-- REPEAT [API_SECONDS]]`: extraction and import throughput, the query API under load and the
// web view at scale on this machine, written to BENCHMARKS.md with the machine and the date (the import and API
// benches each start their own throwaway Neo4j; they never touch your data).
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchExtract } from './extract.js';
import { benchPinnedExtract } from './extract-pinned.js';
import { benchImport } from './import.js';
import { benchApi } from './api.js';
import { apiSection } from './api-report.js';
import { benchWeb, type WebBench } from './web.js';
import { keepNotes } from './notes.js';

const repeat = Number(process.argv[2] ?? 200);
const apiSeconds = Number(process.argv[3] ?? 20);
const say = (line: string) => console.error(`[bench] ${line}`);

say('extraction: the sample reports over and over, 30 MB to warm the JIT, then 20 MB, then the cold command line on one report');
const extract = await benchExtract();
const cli = extract.cli!;
say('extraction on one core: three processes pinned to CPU 0 (taskset), garbage collector included, 20 MB warm each');
const pinned = benchPinnedExtract(20);
say(`import: the samples ${repeat} times under different ids, then the Wikipedia twin list`);
const imp = await benchImport(repeat);
say(`query API: autocannon, 8 and 32 connections, ${apiSeconds} s per endpoint, beside the same Cypher through the driver`);
const api = await benchApi({ seconds: apiSeconds });
say('web view: the Wikipedia twin list overview in headless Chromium, beside bare Cytoscape.js');
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
| the JIT's warm-up (the next ${extract.jitWarmupMB} MB, while V8 compiles the hot code) | ${extract.jitWarmupMBps} MB/s |
| warm (${extract.totalMB} MB in ${extract.seconds} s, after the warm-up) | ${extract.warmMBps} MB/s |
| warm per CPU second (${extract.cpuSeconds} s of CPU, the collector's threads on the other core included) | ${extract.warmCpuMBps} MB/s |
| warm, the whole process pinned to one core (\`taskset -c 0\`, ${pinned ? `${pinned.megabytes} MB, median of ${pinned.runs} processes: ${pinned.warmRuns.join(', ')}` : 'taskset missing'}; target 2 MB/s) | ${pinned ? `${pinned.warmMBps} MB/s` : 'not measured'} |
| pinned, everything after the first pass (the warm-up and the warm ${pinned ? pinned.megabytes : 20} MB together) | ${pinned ? `${pinned.afterColdMBps} MB/s` : 'not measured'} |
| live heap after (a full collection first) | ${extract.heapMB} MB |
| cold \`${cli.command}\`, median of ${cli.runs} fresh processes (target < 1.5 s of CPU) | ${cli.cpuSeconds} s of CPU, ${cli.wallSeconds} s wall |

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
| CPU per report (this process and Neo4j; moves far less with the machine's load) | ${imp.cpuMsPerReport} ms | ${imp.baselineCpuMsPerReport} ms | ${ratio(imp.baselineCpuMsPerReport, imp.cpuMsPerReport)} |
| … over the first tenth / the last tenth | ${imp.firstTenthCpuMsPerReport} ms / ${imp.lastTenthCpuMsPerReport} ms | | first ÷ last ${ratio(imp.firstTenthCpuMsPerReport, imp.lastTenthCpuMsPerReport)} |
| removal of one report from the full graph (${imp.removals} reports) | median ${imp.removalMedianSeconds} s, slowest ${imp.removalMaxSeconds} s | | |
| twin list (\`twin-cities-enwiki.csv\`, ${imp.pairs.toLocaleString('en-US')} distinct pairs) | ${imp.pairsPerSecond.toLocaleString('en-US')} pairs/s | ${imp.baselinePairsPerSecond.toLocaleString('en-US')} pairs/s | ${ratio(imp.pairsPerSecond, imp.baselinePairsPerSecond)} |
| … its CPU (this process and Neo4j) | ${imp.twinCpuSeconds} s | ${imp.baselineTwinCpuSeconds} s | ${ratio(imp.baselineTwinCpuSeconds, imp.twinCpuSeconds)} |

${apiSection(api)}
## Web view

The overview of a graph holding the Wikipedia twin list (\`twin-cities-enwiki.csv\` through the twin-list
importer's stages, its cities geocoded; TWIN only) in headless Chromium, answered in-process (no server or
database), beside the baseline: the same elements in a bare Cytoscape.js page with the library's defaults, at
their coordinates (its layout is only the fit of the view). ms from navigation start; "layout" is the layout
alone, from the elements being in until every position is set and the view fitted (twingraph's filters, sizes
and map placement included); zoom: the median and slowest frame of 12 wheel steps. Targets: layout done under
3 s, zoom frame under 50 ms.

${web instanceof Error ? `Not measured: ${web.message}` : webSection(web)}
`;
const previous = await readFile('BENCHMARKS.md', 'utf8').catch(() => null);
await writeFile('BENCHMARKS.md', `${md}\n${keepNotes(previous)}`);
process.stdout.write(md);

function ratio(a: number, b: number): string {
  return b > 0 ? `${(a / b).toFixed(2)}×` : '—';
}

function webSection(w: WebBench): string {
  const head = `${w.nodes.toLocaleString('en-US')} nodes (${w.placed.toLocaleString('en-US')} with coordinates), ${w.edges.toLocaleString('en-US')} edges.`;
  const rows = w.rows.map((r) => `| ${r.page} | ${r.dataMs} ms | ${r.layoutMs} ms | ${r.layoutDoneMs} ms | ${r.firstRenderMs} ms | ${r.zoomFrameMs} ms | ${r.zoomFrameMaxMs} ms |`);
  return [head, '', '| page | data in | layout | layout done | first render | zoom frame (median) | zoom frame (slowest) |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

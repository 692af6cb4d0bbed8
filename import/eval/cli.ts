// `npm run eval`: runs the extractor on every report that has a gold annotation and prints how well it did.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Extraction } from '../extract/types.js';
import { formatOverview, formatReport, toJson } from './report.js';
import type { EvaluatedReport } from './report.js';
import { aggregate } from './metrics.js';
import { score } from './score.js';
import type { GoldReport } from './gold.js';
import type { AggregateResult } from './metrics.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXTRACTOR = path.join(ROOT, 'import', 'extract', 'extract.ts');
/** Report formats the extractor reads, in order of preference when several share a base name. */
const REPORT_EXTS = ['.txt', '.md', '.docx', '.pdf'];

const USAGE = `Usage: npm run eval -- [options]

Runs import/extract/extract.ts on every report that has a gold annotation (omsk-2023.txt <-> omsk-2023.json)
and prints precision, recall and F1 per relation kind, micro-F1, year and report-city accuracy, city recall,
precision per confidence band, misses and wrong relations. With neither --reports nor --gold it scores the seeds
(../shared/seeds with ../shared/gold) and, when ../shared/dev exists, the dev set (dev/texts with dev/gold),
then prints one overview line per set.

  --reports DIR       reports folder (default ../shared/seeds if it exists, else data/reports)
  --gold DIR          gold annotations folder (default ../shared/gold)
  --extractions DIR   score saved extraction JSON (<base>.json) instead of running the extractor
  --json              print the metrics as JSON
  --verbose           also per-report tables, year/status slips, missing cities
  --min-core-f1 X     exit 1 when the first set's core micro-F1 is below X (otherwise exit 0 whenever it ran)
  -h, --help          this text
Exit codes: 0 ran, 1 below --min-core-f1, 2 could not run (no gold folder, no extractor, bad arguments).`;

/** A reason the evaluation cannot run (exit 2); `usage` adds a pointer to --help. */
class Fatal extends Error {
  constructor(message: string, readonly usage = false) {
    super(message);
  }
}

function baseName(file: string): string {
  return path.basename(file, path.extname(file));
}

function parseGold(json: unknown, file: string): GoldReport {
  const g = json as Partial<GoldReport> | null;
  if (!g || typeof g !== 'object' || !Array.isArray(g.relations)) {
    throw new Fatal(`gold file ${file} is not a gold annotation (no "relations" array)`);
  }
  return {
    ...g,
    report: typeof g.report === 'string' ? g.report : baseName(file),
    entities: Array.isArray(g.entities) ? g.entities : [],
    relations: g.relations,
  };
}

async function loadGold(dir: string): Promise<Array<{ file: string; gold: GoldReport }>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const out: Array<{ file: string; gold: GoldReport }> = [];
  for (const f of files) {
    const full = path.join(dir, f);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(full, 'utf8'));
    } catch (e) {
      throw new Fatal(`gold file ${full} is not valid JSON: ${(e as Error).message}`);
    }
    out.push({ file: f, gold: parseGold(json, full) });
  }
  return out;
}

/** Base name → report path, preferring .txt over .md over .docx over .pdf. */
async function listReports(dir: string): Promise<Map<string, string>> {
  const byBase = new Map<string, string>();
  const files = (await readdir(dir)).filter((f) => REPORT_EXTS.includes(path.extname(f).toLowerCase()));
  const rank = (f: string) => REPORT_EXTS.indexOf(path.extname(f).toLowerCase());
  for (const f of files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) {
    if (!byBase.has(baseName(f))) byBase.set(baseName(f), path.join(dir, f));
  }
  return byBase;
}

type Extract = (file: string) => Promise<Extraction>;

async function loadExtractor(savedDir: string | undefined): Promise<Extract> {
  if (savedDir) {
    return async (file) => JSON.parse(await readFile(path.join(savedDir, `${baseName(file)}.json`), 'utf8')) as Extraction;
  }
  if (!existsSync(EXTRACTOR)) {
    throw new Fatal(`the extractor ${path.relative(process.cwd(), EXTRACTOR)} does not exist yet (it must export extractFile(path))`);
  }
  const mod = (await import(pathToFileURL(EXTRACTOR).href)) as { extractFile?: unknown };
  if (typeof mod.extractFile !== 'function') throw new Fatal(`${EXTRACTOR} does not export a function extractFile`);
  return mod.extractFile as Extract;
}

function emptyExtraction(file: string): Extraction {
  return { report: { id: '', file: path.basename(file), city: null, year: null, sha256: '' }, text: '', entities: [], relations: [] };
}

/** One report folder scored against one gold folder. */
interface EvalSet {
  name: string;
  reportsDir: string;
  goldDir: string;
}

/** The sets to score: the folders given, or the seeds and (when ../shared/dev is there) the dev set. */
function setsOf(reports: string | undefined, gold: string | undefined): EvalSet[] {
  const shared = path.join(ROOT, '..', 'shared');
  if (reports !== undefined || gold !== undefined) {
    const goldDir = path.resolve(gold ?? path.join(shared, 'gold'));
    const seeds = path.join(shared, 'seeds');
    const reportsDir = path.resolve(reports ?? (existsSync(seeds) ? seeds : path.join(ROOT, 'data', 'reports')));
    return [{ name: path.basename(reportsDir), reportsDir, goldDir }];
  }
  const sets: EvalSet[] = [];
  const seeds = path.join(shared, 'seeds');
  sets.push({ name: 'seeds', reportsDir: existsSync(seeds) ? seeds : path.join(ROOT, 'data', 'reports'), goldDir: path.join(shared, 'gold') });
  const dev = path.join(shared, 'dev');
  if (existsSync(path.join(dev, 'texts')) && existsSync(path.join(dev, 'gold'))) {
    sets.push({ name: 'dev', reportsDir: path.join(dev, 'texts'), goldDir: path.join(dev, 'gold') });
  }
  return sets;
}

async function evaluateSet(set: EvalSet, extract: Extract): Promise<{ evaluated: EvaluatedReport[]; total: AggregateResult }> {
  if (!existsSync(set.goldDir)) throw new Fatal(`gold folder not found: ${set.goldDir} (pass --gold DIR)`);
  if (!existsSync(set.reportsDir)) throw new Fatal(`reports folder not found: ${set.reportsDir} (pass --reports DIR)`);
  const golds = await loadGold(set.goldDir);
  const reports = await listReports(set.reportsDir);
  const pairs: Array<{ report: string; gold: GoldReport }> = [];
  for (const { file, gold } of golds) {
    const report = reports.get(baseName(file)) ?? reports.get(gold.report);
    if (report) pairs.push({ report, gold });
    else console.error(`eval: no report in ${set.reportsDir} for gold ${file}; skipped`);
  }
  if (pairs.length === 0) throw new Fatal(`no report in ${set.reportsDir} has a gold annotation in ${set.goldDir}`);

  const evaluated: EvaluatedReport[] = [];
  const log = console.log;
  for (const { report, gold } of pairs) {
    let extraction: Extraction;
    let error: string | undefined;
    // Keep stdout for the evaluation (and valid for --json): whatever the extractor logs goes to stderr.
    console.log = console.error;
    try {
      extraction = await extract(report);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      console.error(`eval: extracting ${report} failed: ${error}`);
      extraction = emptyExtraction(report);
    } finally {
      console.log = log;
    }
    evaluated.push({ file: path.basename(report), result: score(gold, extraction), ...(error ? { error } : {}) });
  }
  return { evaluated, total: aggregate(evaluated.map((e) => e.result)) };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      reports: { type: 'string' },
      gold: { type: 'string' },
      extractions: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      'min-core-f1': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const minCoreF1 = values['min-core-f1'] === undefined ? undefined : Number(values['min-core-f1']);
  if (minCoreF1 !== undefined && !Number.isFinite(minCoreF1)) throw new Fatal(`--min-core-f1 wants a number, got ${values['min-core-f1']}`, true);

  const sets = setsOf(values.reports, values.gold);
  const extract = await loadExtractor(values.extractions && path.resolve(values.extractions));
  const results: Array<{ set: EvalSet; evaluated: EvaluatedReport[]; total: AggregateResult }> = [];
  for (const set of sets) results.push({ set, ...(await evaluateSet(set, extract)) });

  const opts = { verbose: values.verbose };
  if (values.json) {
    const one = (r: (typeof results)[number]) => JSON.parse(toJson(r.evaluated, r.total, opts)) as object;
    console.log(results.length === 1 ? toJson(results[0]!.evaluated, results[0]!.total, opts) : JSON.stringify(Object.fromEntries(results.map((r) => [r.set.name, one(r)])), null, 2));
  } else {
    const parts = results.map((r) => (results.length > 1 ? `######## ${r.set.name} (${r.set.reportsDir})\n\n` : '') + formatReport(r.evaluated, r.total, opts));
    if (results.length > 1) parts.push(formatOverview(results.map((r) => ({ name: r.set.name, total: r.total }))));
    console.log(parts.join('\n\n'));
  }
  // The gate applies to the first set: the seeds by default, the folder given otherwise.
  const gate = results[0]!.total;
  if (minCoreF1 !== undefined && (gate.core.f1 ?? 0) < minCoreF1) {
    console.error(`eval: core micro-F1 ${(gate.core.f1 ?? 0).toFixed(3)} of ${results[0]!.set.name} is below --min-core-f1 ${minCoreF1}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const argError = e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS');
    const expected = e instanceof Fatal || argError;
    console.error(`eval: ${e instanceof Error ? (expected ? e.message : e.stack) : String(e)}`);
    if (argError || (e instanceof Fatal && e.usage)) console.error('Run with --help for usage.');
    process.exitCode = 2;
  },
);

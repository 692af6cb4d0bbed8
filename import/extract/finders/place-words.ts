// What the place finders share: a sentence's words, the gazetteer city a phrase names in any case form, the
// nominative of a name the gazetteer lacks, and the City entity written as the text spells it.
import { cityByInflected, type GazetteerCity } from '../lexicon/gazetteer.js';
import { hasCapitalInitial } from '../lexicon/letter-case.js';
import { Memo } from '../lexicon/memo.js';
import { isPlain } from '../lexicon/plain-text.js';
import { placeWords } from '../lexicon/plain-words.js';
import { spansOf } from '../lexicon/spans.js';
import { readings } from '../lexicon/morph.js';
import { cyrillicKey } from '../lexicon/sound-key.js';
import { findCountry } from './countries.js';
import type { Entity } from '../types.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Cut by hand on a plain text (plain-words.ts placeWords).
const WORD = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{M}]*(?:-[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{M}]*)*/gu;

const cityForms = new Memo<GazetteerCity | null>(100_000);

export function knownCity(phrase: string): GazetteerCity | null {
  return cityForms.get(phrase, cityOfPhrase);
}

function cityOfPhrase(phrase: string): GazetteerCity | null {
  return cityByInflected(phrase) ?? null;
}

export function isCapitalised(word: string): boolean {
  return hasCapitalInitial(word);
}

export function tokens(text: string): Token[] {
  return isPlain(text) ? placeWords(text) : spansOf(WORD, text);
}

/** The nominative of a city name the dictionary may not know, guided by az and by common endings. */
export function cityNominative(word: string): string {
  if (/[A-Za-z]/.test(word)) return word;
  const parts = word.split('-');
  const last = parts.pop()!;
  const geox = readings(last).find((r) => r.pos === 'NOUN' && (r.proper || !r.known) && r.case !== null);
  let lemma = last;
  if (geox && geox.case !== 'nomn' && geox.lemma) {
    lemma = geox.lemma;
    if (last[0] === last[0]!.toUpperCase()) lemma = lemma.charAt(0).toUpperCase() + lemma.slice(1);
    if (last === last.toUpperCase() && last.length > 1) lemma = lemma.toUpperCase();
  }
  const name = [...parts, lemma].join('-');
  // "ОМСК" in a heading: a person writes "Омск".
  return name === name.toUpperCase() && name.length > 2 ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

// The keys of the gazetteer's Chinese names and their variants, asked again for every mention of such a town.
const sounds = new Memo<string>(10_000);

function soundOf(name: string): string {
  return sounds.get(name, cyrillicKey);
}

/**
 * A Chinese town in the spelling the text uses (`Шеньяном` → Шеньян, `Шэньяном` → Шэньян) when the gazetteer
 * lists that spelling as a variant of the same sound: transliteration systems differ and a person keeps the
 * text's. Other names keep the gazetteer's canonical form (`Могилев` → Могилёв).
 */
function spelledAsWritten(city: GazetteerCity, phrase: string | undefined): string {
  if (!phrase || (city.country !== 'CN' && city.country !== 'TW') || !city.variants?.length) return city.name;
  const written = phrase.toLowerCase();
  const key = soundOf(city.name);
  let best = city.name;
  let bestLength = written.startsWith(city.name.toLowerCase().slice(0, -1)) ? city.name.length : 0;
  for (const v of city.variants) {
    if (v.length > bestLength && written.startsWith(v.toLowerCase().slice(0, -1)) && soundOf(v) === key) {
      best = v;
      bestLength = v.length;
    }
  }
  return best;
}

export function cityEntity(city: GazetteerCity, phrase?: string): Entity {
  return {
    id: city.id,
    kind: 'City',
    name: spelledAsWritten(city, phrase),
    nameEn: city.nameEn,
    country: city.country,
    lat: city.lat ?? null,
    lon: city.lon ?? null,
    wikidata: city.wikidata ?? null,
  };
}

/**
 * A country named in parentheses right after a place, "Монро (США)", "Минск (Республика Беларусь)", or in the
 * next cell of a table's row, "Люденшайд | Германия |".
 */
const PARENTHESES = /\s*\(([^()]{2,80})\)/uy;
const NEXT_CELL = /\s*\|\s*([^|]{2,60}?)\s*(\||$)/uy;
const SPACE = /^\s$/u;

export function countryInParentheses(text: string, from: number): string | null {
  // Asked after almost every capitalised word: the opening parenthesis is looked for by hand first, since a
  // failing match of the pattern costs more than this finder's other checks of a word.
  let k = from;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || SPACE.test(text[k]!))) k++;
  if (text.charCodeAt(k) === 0x7c) return countryInNextCell(text, from);
  if (text.charCodeAt(k) !== 0x28) return null;
  // A sticky match at `from`: no copy of the rest of the sentence per word.
  PARENTHESES.lastIndex = from;
  const m = PARENTHESES.exec(text);
  if (!m) return null;
  for (const part of m[1]!.split(/[,;]/).reverse()) {
    const c = findCountry(part.trim());
    if (c) return c.iso2;
  }
  return null;
}

function countryInNextCell(text: string, from: number): string | null {
  NEXT_CELL.lastIndex = from;
  const m = NEXT_CELL.exec(text);
  return m ? (findCountry(m[1]!)?.iso2 ?? null) : null;
}

// Countries in text: every case form of every Russian country name (`Монголии` → MN), a phrase to its country, and
// country mentions in running text. The list of countries and their names is country-list.ts.
import { caseForms } from '../lexicon/case-forms.js';
import { parseWord } from '../lexicon/declension.js';
import { fixHomoglyphs } from '../lexicon/homoglyphs.js';
import { hasCapitalAt } from '../lexicon/letter-case.js';
import { Memo } from '../lexicon/memo.js';
import { lookupKey } from '../lexicon/name-key.js';
import { isPlain } from '../lexicon/plain-text.js';
import { nameTokenEnd, nameTokenStart } from '../lexicon/plain-words.js';
import { allCountries, countryByIso, EXTRA_NAMES, isAbbreviation, NOT_COUNTRIES, type CountryInfo } from './country-list.js';
import { adjectiveCountry } from './country-adjectives.js';

// Walked by hand on a plain text (plain-words.ts nameTokenStart, nameTokenEnd).
const TOKEN = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{N}]+(?:['’][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)*/gu;

function tokenKey(s: string): string {
  return [...lookupKey(s).matchAll(TOKEN)].map((m) => m[0]).join(' ');
}

interface FormEntry {
  iso2: string;
  abbreviation: boolean;
}

let forms:
  | { byKey: Map<string, FormEntry>; prefixes: Set<string>; english: Map<string, string>; maxTokens: number }
  | undefined;

/** Builds the form index anew (for import/data/build-case-forms.ts, which records the names it declines). */
export function buildCountryIndexAfresh(): void {
  forms = undefined;
  phraseCountries.clear();
  wordForms.clear();
  formIndex();
}

/** Every case form of every Russian name → country (the first country to claim a form keeps it). */
function formIndex(): NonNullable<typeof forms> {
  if (forms) return forms;
  const byKey = new Map<string, FormEntry>();
  const english = new Map<string, string>();
  let maxTokens = 1;
  const all = allCountries();
  // Canonical names and hand-listed names first, so that they win a form shared with an ISO alias.
  for (const name of NOT_COUNTRIES) {
    for (const f of caseForms(name)) byKey.set(tokenKey(f), { iso2: '', abbreviation: false });
    maxTokens = Math.max(maxTokens, tokenKey(name).split(' ').length);
  }
  const passes: Array<(c: CountryInfo) => string[]> = [(c) => [c.name, ...(EXTRA_NAMES[c.iso2] ?? [])], (c) => c.names];
  for (const namesOf of passes) {
    for (const c of all) {
      for (const name of namesOf(c)) {
        const abbreviation = isAbbreviation(name);
        for (const f of abbreviation ? [name] : caseForms(name)) {
          const key = tokenKey(f);
          if (!key || byKey.has(key)) continue;
          byKey.set(key, { iso2: c.iso2, abbreviation });
          maxTokens = Math.max(maxTokens, key.split(' ').length);
        }
      }
    }
  }
  for (const c of all) for (const n of [c.nameEn, ...c.namesEn]) if (!english.has(tokenKey(n))) english.set(tokenKey(n), c.iso2);
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    for (let k = 1; k <= words.length; k++) prefixes.add(words.slice(0, k).join(' '));
  }
  forms = { byKey, prefixes, english, maxTokens };
  return forms;
}

const PREPOSITIONS = /^(?:в|во|из|изо|с|со|на|по|для|у|к|ко|от|до|о|об|обо|при|между|через|за|над|под|про|без)\s+/i;

/** The nominative a dictionary gives a place word (`Монголии` → `монголия`), if any. */
function placeLemmas(word: string): string[] {
  return parseWord(word)
    .filter((p) => p.tag.POS === 'NOUN' && p.tag.Geox)
    .map((p) => p.normalize().word);
}

// The place finder asks about the same words in sentence after sentence (a town after a city cue, a country in
// parentheses), and a word that is no country's form is parsed by the dictionary each time it is asked.
const phraseCountries = new Memo<CountryInfo | null>(20_000);

/**
 * The country a whole phrase names, in any case and spelling: `Республики Беларусь`, `в Китае`, `(КНР)`,
 * `РФ`, `Germany`. Case- and ё-insensitive.
 */
export function findCountry(phrase: string): CountryInfo | undefined {
  return phraseCountries.get(phrase, countryOfPhrase) ?? undefined;
}

function countryOfPhrase(phrase: string): CountryInfo | null {
  return countryNamedBy(phrase) ?? longForm(phrase) ?? null;
}

// A state's official long form: "Королевство Норвегия", "Республика Чили", "Государство Катар" (the name after the
// form of state), "Финляндская Республика", "Португальская Республика" (the name's adjective before it).
// "Федеративная Республика Бразилия", "Многонациональное Государство Боливия": a qualifier or two before the form.
const FORM_THEN_NAME = /^(?:[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?(королевств|республик|государств|княжеств|султанат|эмират|герцогств|содружеств)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(.+)$/iu;
const ADJECTIVE_THEN_FORM = /^([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)\s+(республик|королевств)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*$/iu;

function longForm(phrase: string): CountryInfo | undefined {
  const named = FORM_THEN_NAME.exec(phrase.trim());
  if (named) return countryNamedBy(named[2]!);
  const adjective = ADJECTIVE_THEN_FORM.exec(phrase.trim());
  const iso2 = adjective ? adjectiveCountry(adjective[1]!.toLowerCase()) : undefined;
  return iso2 ? countryByIso(iso2) : undefined;
}

function countryNamedBy(phrase: string): CountryInfo | undefined {
  const cleaned = lookupKey(phrase).replace(PREPOSITIONS, '');
  const key = tokenKey(cleaned);
  if (!key) return undefined;
  const index = formIndex();
  const entry = index.byKey.get(key);
  if (entry) return entry.iso2 ? countryByIso(entry.iso2) : undefined;
  const iso2 = index.english.get(key);
  if (iso2) return countryByIso(iso2);
  if (!key.includes(' ')) {
    for (const lemma of placeLemmas(key)) {
      const hit = index.byKey.get(tokenKey(lemma));
      if (hit) return countryByIso(hit.iso2);
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Mentions in running text

export interface CountryMention {
  country: CountryInfo;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
}

const ambiguity = new Map<string, boolean>();

/** A form that is first of all an ordinary word (`Того` is mostly the pronoun, not Togo). */
function isCommonWord(form: string): boolean {
  let known = ambiguity.get(form);
  if (known === undefined) {
    const first = parseWord(form)[0];
    known = first !== undefined && !(first.tag.POS === 'NOUN' && first.tag.Geox);
    ambiguity.set(form, known);
  }
  return known;
}

function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/[\s«"“(]+$/, '');
  return before === '' || /[.!?…:;\n]$/.test(before);
}

/**
 * All country mentions in a text, with offsets (`end` exclusive), longest name first, non-overlapping:
 * `Республики Беларусь`, `в Китае`, `(КНР)`, `Монголии`. Abbreviations count only in capitals (so `.рф` is not
 * Russia), other names only capitalised, and a form that is mainly an ordinary word only mid-sentence.
 */
export function findCountriesInText(text: string): CountryMention[] {
  const index = formIndex();
  const source = fixHomoglyphs(text); // same length: offsets still point into `text`
  const plain = isPlain(source);
  const n = source.length;
  const out: CountryMention[] = [];
  // The tokens are walked in place: only a capitalised one is cut out of the text.
  for (let start = tokenStart(source, plain, 0); start < n; ) {
    const end = tokenEnd(source, plain, start);
    // Every accepted name starts with a capital (see acceptable): a name is looked for only from one.
    if (!hasCapitalAt(source, start)) {
      start = tokenStart(source, plain, end);
      continue;
    }
    let best: FormEntry | undefined;
    let bestEnd = end;
    let key = '';
    let wordEnd = end;
    for (let len = 1; len <= index.maxTokens; len++) {
      let wordStart = start;
      if (len > 1) {
        wordStart = tokenStart(source, plain, wordEnd);
        if (wordStart >= n || !/^[\s\-‐‑–—]*$/.test(source.slice(wordEnd, wordStart))) break;
        wordEnd = tokenEnd(source, plain, wordStart);
      }
      const word = source.slice(wordStart, wordEnd);
      let entry: FormEntry | undefined;
      let startsLonger: boolean;
      if (len === 1) {
        const alone = wordForms.get(word, formsOfWord);
        key = alone.key;
        entry = alone.entry;
        startsLonger = alone.startsLonger;
      } else {
        key = `${key} ${tokenNorm(word)}`;
        entry = index.byKey.get(key);
        startsLonger = index.prefixes.has(key);
      }
      const written = len === 1 ? word : source.slice(start, wordEnd);
      if (entry && acceptable(entry, written, len, source, start)) {
        best = entry;
        bestEnd = wordEnd;
      }
      if (!startsLonger) break;
    }
    // an entry without iso2 is a region named after a country: consumed, not reported
    if (best?.iso2) out.push({ country: countryByIso(best.iso2)!, start, end: bestEnd, text: text.slice(start, bestEnd) });
    start = tokenStart(source, plain, bestEnd);
  }
  return out;
}

// A text beyond plain-words.ts's table is walked by TOKEN itself: searched for from a position, and matched
// (sticky) at a token's start for its end; the same tokens as TOKEN's matches one after the other. Copies of TOKEN,
// not TOKEN: tokenKey's matchAll starts from TOKEN's lastIndex.
const TOKEN_FROM = new RegExp(TOKEN.source, 'gu');
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** Where the next token starts at or after `i` (the text's length when none does). */
function tokenStart(text: string, plain: boolean, i: number): number {
  if (plain) return nameTokenStart(text, i);
  TOKEN_FROM.lastIndex = i;
  const m = TOKEN_FROM.exec(text);
  return m ? m.index : text.length;
}

/** Where the token that starts at `start` ends. */
function tokenEnd(text: string, plain: boolean, start: number): number {
  if (plain) return nameTokenEnd(text, start);
  TOKEN_AT.lastIndex = start;
  TOKEN_AT.exec(text);
  return TOKEN_AT.lastIndex;
}

// Per-word caches for the text scan (a report's vocabulary is small; the caches are reset when they grow large).
const normCache = new Map<string, string>();
const lemmaCache = new Map<string, FormEntry | null>();

function tokenNorm(word: string): string {
  let key = normCache.get(word);
  if (key === undefined) {
    if (normCache.size > 100_000) normCache.clear();
    key = lookupKey(word);
    normCache.set(word, key);
  }
  return key;
}

/** What the scan asks about a capitalised word on its own: its key, the form it is alone, whether longer names start with it. */
interface WordForms {
  key: string;
  entry: FormEntry | undefined;
  startsLonger: boolean;
}

// Asked of every capitalised word of every sentence: one look-up by the word instead of four (its key, the form
// index, the lemma cache, the prefixes). Emptied with the form index (buildCountryIndexAfresh) and by clearMemos.
const wordForms = new Memo<WordForms>(100_000);

function formsOfWord(word: string): WordForms {
  const index = formIndex();
  const key = tokenNorm(word);
  return { key, entry: index.byKey.get(key) ?? lemmaEntry(word), startsLonger: index.prefixes.has(key) };
}

/** A capitalised word the generated forms missed, through the nominative the dictionary gives it. */
function lemmaEntry(word: string): FormEntry | undefined {
  if (word.length < 4 || word[0] === word[0]!.toLowerCase()) return undefined;
  let hit = lemmaCache.get(word);
  if (hit === undefined) {
    if (lemmaCache.size > 100_000) lemmaCache.clear();
    const index = formIndex();
    hit = null;
    for (const lemma of placeLemmas(word)) {
      const entry = index.byKey.get(tokenKey(lemma));
      if (entry && !entry.abbreviation) {
        hit = entry;
        break;
      }
    }
    lemmaCache.set(word, hit);
  }
  return hit ?? undefined;
}

function acceptable(entry: FormEntry, written: string, tokens: number, text: string, start: number): boolean {
  if (entry.abbreviation) return written === written.toUpperCase();
  const first = written[0]!;
  if (first === first.toLowerCase()) return false;
  if (tokens === 1 && isCommonWord(written.toLowerCase())) return !sentenceInitial(text, start);
  return true;
}

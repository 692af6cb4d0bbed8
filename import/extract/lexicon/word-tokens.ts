// The lexical layer the phrase grammar reads: tokens with offsets, quotes, word classes (prepositions, Roman and
// ordinal numbers, abbreviations) and the readings of a word token. Apart from morph.ts because it changes with the
// grammar's needs, while morph.ts changes only with az.
import { hasUpperInitial } from './letter-case.js';
import { Memo } from './memo.js';
import { isPlain } from './plain-text.js';
import { isLowerCase, scanTokenEnd, scanTokenStart } from './plain-words.js';
import { readings, type Gender, type GNumber, type Reading } from './morph.js';

export type TokenKind = 'word' | 'num' | 'open' | 'close' | 'punct';

export interface Token {
  text: string;
  lower: string;
  /** Offsets inside the string that was tokenised. */
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** The token's readings and noun lemmas once asked for (tokenReadings, tokenNounLemmas). */
  readings?: Reading[];
  nouns?: Set<string>;
}

const TOKEN_RE = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d]+(?:[-‐][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d]+)*|\S/gu;
// Module constants, not literals in the functions: built once rather than for every token.
const DIGITS = /^\d+$/;
const LETTER_OR_DIGIT = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d]/u;
const OPENS_AFTER = /[\s([{«]/;
const NUMBER_COMPOUND = /^\d+-([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)$/u;
const LETTERS = /^[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+$/u;

/** Words (letters and digits, hyphenated parts kept together), numbers, quotes and single punctuation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  if (isPlain(text)) {
    // Most words are written in lower case already: their own text serves as their lower case, without a copy of
    // the sentence in lower case to cut it from (plain-words.ts isLowerCase).
    // TOKEN_RE walked by hand (plain-words.ts): no match array per token.
    for (let start = scanTokenStart(text, 0); start < text.length; ) {
      const end = scanTokenEnd(text, start);
      const t = text.slice(start, end);
      out.push(token(text, t, start, isLowerCase(text, start, end) ? t : t.toLowerCase()));
      start = scanTokenStart(text, end);
    }
    return out;
  }
  // An exec loop, not matchAll: no iterator per sentence (see spans.ts).
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) out.push(token(text, m[0], m.index, m[0].toLowerCase()));
  return out;
}

/** The token `t` found at `start` in `text`, with its lower case. */
function token(text: string, t: string, start: number, lower: string): Token {
  let kind: TokenKind;
  // A token that starts with a Latin or basic Cyrillic letter is a run of letters and digits (the pattern's
  // first branch): a word, known from its first code unit without the two tests below.
  const c = t.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x45f)) kind = 'word';
  else if (DIGITS.test(t)) kind = 'num';
  else if (LETTER_OR_DIGIT.test(t)) kind = 'word';
  else if (t === '«' || t === '„') kind = 'open';
  else if (t === '»' || t === '”') kind = 'close';
  else if (t === '"' || t === '“') {
    // An ASCII or English quote opens after white space or an opening bracket, and closes elsewhere.
    const prev = start > 0 ? text[start - 1]! : ' ';
    kind = OPENS_AFTER.test(prev) ? 'open' : 'close';
  } else kind = 'punct';
  return {
    text: t,
    lower,
    start,
    end: start + t.length,
    kind,
    cap: hasUpperInitial(t),
    // Set later by tokenReadings and tokenNounLemmas; present from the start so every token has one shape and
    // keeps them in the object, not in a property store allocated when the first is set.
    readings: undefined,
    nouns: undefined,
  };
}

/**
 * For each opening quote, the index of its closing quote (-1 when none). Quotes nest: «a «b» c». Typographers
 * often drop the second of two closing quotes (`«Поэтический экспресс «Поэзии связующая нить»`): when the
 * quotes never balance, an unmatched opening quote closes at the first closing quote after it.
 */
export function matchQuotes(toks: Token[]): number[] {
  const match = toks.map(() => -1);
  const stack: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]!.kind;
    if (k === 'open') stack.push(i);
    else if (k === 'close' && stack.length) match[stack.pop()!] = i;
  }
  for (const open of stack) {
    for (let j = open + 1; j < toks.length; j++) {
      if (toks[j]!.kind === 'close') {
        match[open] = j;
        break;
      }
    }
  }
  return match;
}

/** How many quotes are open at each token (the token itself excluded). */
export function quoteDepths(toks: Token[], match: number[]): number[] {
  const depth = toks.map(() => 0);
  for (let i = 0; i < toks.length; i++) {
    const j = match[i]!;
    if (toks[i]!.kind === 'open' && j > i) for (let k = i + 1; k < j; k++) depth[k]!++;
  }
  return depth;
}

const PREPOSITIONS = new Set([
  'в', 'во', 'на', 'с', 'со', 'о', 'об', 'обо', 'при', 'по', 'для', 'к', 'ко', 'от', 'из', 'у', 'за', 'над',
  'под', 'между', 'через', 'до', 'после', 'перед', 'без', 'среди', 'вокруг', 'около', 'против', 'ради',
  'благодаря', 'согласно', 'вместе', 'совместно', 'кроме',
]);

export function isPreposition(lower: string): boolean {
  return PREPOSITIONS.has(lower);
}

export function isRoman(text: string): boolean {
  return /^[IVXLC]{1,7}$/.test(text);
}

const ORDINAL_RE = /^(\d+)-(й|я|е|го|ого|му|ому|м|ом|ой|ю|ую|х|ых|ым|ыми|ми|ая|ое|ые|ий|ый)$/;

/** `6-й`, `21-го`, `25-й`: a number written as an ordinal adjective. */
export function isNumericOrdinal(text: string): boolean {
  return ORDINAL_RE.test(text);
}

/** The nominative of a numeric ordinal for a gender and number: `25-й` → `25-я` (feminine). */
export function numericOrdinalNominative(text: string, number: GNumber, gender: Gender | null): string {
  const m = ORDINAL_RE.exec(text);
  if (!m) return text;
  const suffix = number === 'plur' ? 'е' : gender === 'femn' ? 'я' : gender === 'neut' ? 'е' : 'й';
  return `${m[1]}-${suffix}`;
}

/** An upper-case abbreviation: `ТПП`, `ОмГУ`, `ЭКСПО`, `ООО` (two upper-case letters at least, no Roman numeral). */
export function isAbbreviation(text: string): boolean {
  // The pattern's first letter read from the code unit: most words asked about are lower case.
  if (!isAbbreviationCapital(text.charCodeAt(0))) return false;
  if (!/^[А-ЯЁA-Z][А-ЯЁA-Zа-яё]{1,9}$/u.test(text) || isRoman(text)) return false;
  // Counted by code unit, not by a copy without the other letters: asked about every capitalised short word.
  let upper = 0;
  for (let k = 0; k < text.length; k++) if (isAbbreviationCapital(text.charCodeAt(k))) upper++;
  return upper >= 2 && upper >= text.length - 2;
}

/** The pattern's capitals, `[А-ЯЁA-Z]`, as a code unit. */
function isAbbreviationCapital(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401;
}

/**
 * The readings of a word token: a hyphenated word (`Торгово-экономической`, `Домом-музеем`, `бизнес-форума`)
 * takes the readings of its last part, which carries the case; numeric ordinals and numbers have none.
 */
export function wordReadings(text: string): Reading[] {
  return wordEntry(text).readings;
}

/** A word's readings and, once asked for, the lemmas of its noun readings: one memo entry, one look-up for both. */
interface WordEntry {
  readings: Reading[];
  nouns: Set<string> | undefined;
  /** headClass's answer for the word, once asked (-1 before). */
  headClass: number;
}

const wordCache = new Memo<WordEntry>(100_000);

function wordEntry(text: string): WordEntry {
  return wordCache.get(text, computeWordEntry);
}

function computeWordEntry(text: string): WordEntry {
  return { readings: computeWordReadings(text), nouns: undefined, headClass: -1 };
}

function computeWordReadings(text: string): Reading[] {
  if (isNumericOrdinal(text)) return [];
  if (/^\d/.test(text)) {
    // `30-летия`, `25-летие`: a compound with a number; the word part declines.
    const m = NUMBER_COMPOUND.exec(text);
    return m ? readings(`${/^лет/.test(m[1]!) ? 'двадцати' : ''}${m[1]!}`) : [];
  }
  const dash = text.lastIndexOf('-');
  if (dash > 0 && dash < text.length - 1) {
    const last = text.slice(dash + 1);
    return LETTERS.test(last) ? readings(last) : [];
  }
  return readings(text);
}

/** Lemmas of the noun readings of a word token (via wordReadings; lower case, ё as е), cached. */
export function nounLemmas(word: string): Set<string> {
  return nounsOf(wordEntry(word));
}

function nounsOf(entry: WordEntry): Set<string> {
  return (entry.nouns ??= new Set(entry.readings.filter((r) => r.pos === 'NOUN').map((r) => r.lemma)));
}

/**
 * wordReadings and nounLemmas of a token, kept on the token: the finders ask about each word of a sentence
 * several times, and a field costs less than a look-up by the word (the scan, and so its tokens, is shared).
 * Asked for its noun lemmas, a token keeps its readings too, from the same look-up.
 */
export function tokenReadings(t: Token): Reading[] {
  return (t.readings ??= wordEntry(t.text).readings);
}

export function tokenNounLemmas(t: Token): Set<string> {
  if (t.nouns === undefined) {
    const entry = wordEntry(t.text);
    t.readings ??= entry.readings;
    t.nouns = nounsOf(entry);
  }
  return t.nouns;
}

/**
 * `classify(noun lemmas)` of a token's word, kept in the word's memo entry: the finders that read a sentence for
 * heads ask it of every word, and the entry is looked up once per token for its readings as well.
 */
export function tokenHeadClass(t: Token, classify: (nouns: ReadonlySet<string>) => number): number {
  const entry = wordEntry(t.text);
  t.readings ??= entry.readings;
  if (entry.headClass < 0) entry.headClass = classify(nounsOf(entry));
  return entry.headClass;
}

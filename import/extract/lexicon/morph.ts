// Russian morphology for the phrase finders: a one-time loader of az (OpenCorpora dictionaries) and a cached,
// simplified view of a word's readings (part of speech, case, number, gender) with the means to inflect it.
import { Memo } from './memo.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The part of az's API this project uses (az ships no types). */
export interface AzTag {
  POS?: string;
  CAse?: string;
  NMbr?: string;
  GNdr?: string;
  toString(): string;
  [grammeme: string]: unknown;
}
export interface AzParse {
  tag: AzTag;
  score: number;
  parser: string;
  normalize(keepPOS?: boolean): AzParse;
  inflect(grammemes: string[]): AzParse | false;
  toString(): string;
}
type AzMorphFn = ((word: string, config?: Record<string, unknown>) => AzParse[]) & {
  init(dictsPath: string, callback: (err: unknown) => void): void;
};

export type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
export type GNumber = 'sing' | 'plur';
export type Gender = 'masc' | 'femn' | 'neut';

/** The case, number and gender a head noun imposes on its modifiers. */
export interface Agr {
  case: Case;
  number: GNumber;
  gender: Gender | null;
}

/** One reading of a word, flattened from az's tag. */
export interface Reading {
  pos: string;
  case: Case | null;
  number: GNumber | null;
  gender: Gender | null;
  lemma: string;
  score: number;
  /** A proper name: a first name, surname, patronymic, place or organisation. */
  proper: boolean;
  /** Found in the dictionary (not guessed from the suffix). */
  known: boolean;
  parse: AzParse;
}

let morphFn: AzMorphFn | null = null;

/** The az module as this project uses it: its analyser and its file loader. */
interface AzModule {
  load: (url: string, type: string, cb: (err: unknown, data?: unknown) => void) => void;
  Morph: AzMorphFn;
}

let az: AzModule | null | undefined;

/**
 * Loads az's dictionaries once, synchronously, and returns az (null when it or its dictionaries are missing).
 * az only offers an asynchronous `Morph.init`; its file reads are queued here and served from readFileSync, so
 * `init` completes before this returns, and every caller (gazetteer, countries, phrase finders) shares one copy.
 */
export function loadAzSync(): AzModule | null {
  if (az !== undefined) return az;
  try {
    const require = createRequire(import.meta.url);
    const mod = require('az') as AzModule;
    // az resolves its default dictionary folder relative to a browser page, so give it the path explicitly.
    const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
    const queue: Array<() => void> = [];
    const original = mod.load;
    mod.load = (url, type, cb) => {
      queue.push(() => {
        let data: Buffer;
        try {
          data = readFileSync(url);
        } catch (err) {
          cb(err);
          return;
        }
        if (type === 'json') cb(null, JSON.parse(data.toString('utf8')));
        else cb(null, data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
      });
    };
    let failure: unknown = null;
    let done = false;
    try {
      mod.Morph.init(dicts, (err) => {
        failure = failure ?? err;
        done = true;
      });
      while (queue.length > 0) queue.shift()!();
    } finally {
      mod.load = original;
    }
    az = done && !failure ? mod : null;
  } catch {
    az = null;
  }
  if (az) morphFn = az.Morph;
  return az;
}

/** Loads az's dictionaries once (about 0.2 s); kept async for callers that await it. */
let loading: Promise<void> | null = null;

export function loadMorph(): Promise<void> {
  loading ??= loadAzSync()
    ? Promise.resolve()
    : Promise.reject(new Error('Russian morphology could not be loaded: the az package or its dictionaries are missing'));
  return loading;
}

export function isMorphLoaded(): boolean {
  return morphFn !== null;
}

/** az's analyser; throws when loadMorph() has not finished. */
export function morph(): AzMorphFn {
  if (!morphFn) throw new Error('Russian morphology is not loaded: await loadMorph() first');
  return morphFn;
}

const CASES: Record<string, Case> = {
  nomn: 'nomn', gent: 'gent', gen1: 'gent', gen2: 'gent', datv: 'datv', accs: 'accs', acc2: 'accs',
  ablt: 'ablt', loct: 'loct', loc1: 'loct', loc2: 'loct',
};

const cache = new Memo<Reading[]>(200_000);
/** The same readings by the word as written, to skip the case folding on a hit. */
const rawCache = new Memo<Reading[]>(200_000);

/**
 * The readings of one word (no hyphen handling: see wordReadings), best first, cached. A capitalised word is
 * looked up capitalised, since az only offers surname, first-name and place readings then (`Кожевникова`).
 */
export function readings(word: string): Reading[] {
  return rawCache.get(word, () => {
    const lower = word.toLowerCase();
    const allCaps = word.length > 1 && word === word.toUpperCase() && word !== lower;
    const cap = !allCaps && word[0] !== lower[0];
    const key = allCaps ? word : cap ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    return cache.get(key, () => computeReadings(key, lower));
  });
}

function computeReadings(key: string, lower: string): Reading[] {
  const out: Reading[] = [];
  for (const p of morph()(key)) {
    const t = p.tag;
    const pos = String(t.POS ?? '');
    if (!pos) continue;
    let lemma = '';
    try {
      lemma = String(p.normalize(true) || p).toLowerCase().replace(/ё/g, 'е');
    } catch {
      lemma = lower;
    }
    out.push({
      pos,
      case: t.CAse ? (CASES[t.CAse] ?? null) : null,
      number: t.NMbr === 'sing' || t.NMbr === 'plur' ? t.NMbr : null,
      gender: t.GNdr === 'masc' || t.GNdr === 'femn' || t.GNdr === 'neut' ? t.GNdr : null,
      lemma,
      score: p.score,
      proper: Boolean(t.Name || t.Surn || t.Patr || t.Geox || t.Orgn),
      known: p.parser === 'Dictionary',
      parse: p,
    });
  }
  return out;
}

const lemmaCache = new Memo<Set<string>>(100_000);

/** Lemmas of the noun readings of a word token (via wordReadings; lower case, ё as е), cached. */
export function nounLemmas(word: string): Set<string> {
  return lemmaCache.get(word, () => new Set(wordReadings(word).filter((r) => r.pos === 'NOUN').map((r) => r.lemma)));
}

/** Inflects a reading to the grammemes given; null when the paradigm has no such form. */
export function inflectReading(r: Reading, grammemes: string[]): string | null {
  const out = r.parse.inflect(grammemes);
  return out ? String(out) : null;
}

// ---------------------------------------------------------------------------------------------------------
// The lexical layer the phrase grammar reads: tokens with offsets, quotes, and word classes.

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
}

const TOKEN_RE = /[\p{L}\d]+(?:[-‐][\p{L}\d]+)*|\S/gu;

/** Words (letters and digits, hyphenated parts kept together), numbers, quotes and single punctuation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index;
    let kind: TokenKind;
    if (/^\d+$/.test(t)) kind = 'num';
    else if (/[\p{L}\d]/u.test(t)) kind = 'word';
    else if (t === '«' || t === '„') kind = 'open';
    else if (t === '»' || t === '”') kind = 'close';
    else if (t === '"' || t === '“') {
      // An ASCII or English quote opens after white space or an opening bracket, and closes elsewhere.
      const prev = start > 0 ? text[start - 1]! : ' ';
      kind = /[\s([{«]/.test(prev) ? 'open' : 'close';
    } else kind = 'punct';
    const first = t[0]!;
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      kind,
      cap: first !== first.toLowerCase() && first === first.toUpperCase(),
    });
  }
  return out;
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
  if (!/^[А-ЯЁA-Z][А-ЯЁA-Zа-яё]{1,9}$/u.test(text) || isRoman(text)) return false;
  const upper = text.replace(/[^А-ЯЁA-Z]/gu, '').length;
  return upper >= 2 && upper >= text.length - 2;
}

/**
 * The readings of a word token: a hyphenated word (`Торгово-экономической`, `Домом-музеем`, `бизнес-форума`)
 * takes the readings of its last part, which carries the case; numeric ordinals and numbers have none.
 */
const wordCache = new Memo<Reading[]>(100_000);

export function wordReadings(text: string): Reading[] {
  return wordCache.get(text, () => computeWordReadings(text));
}

function computeWordReadings(text: string): Reading[] {
  if (isNumericOrdinal(text)) return [];
  if (/^\d/.test(text)) {
    // `30-летия`, `25-летие`: a compound with a number; the word part declines.
    const m = /^\d+-(\p{L}+)$/u.exec(text);
    return m ? readings(`${/^лет/.test(m[1]!) ? 'двадцати' : ''}${m[1]!}`) : [];
  }
  const dash = text.lastIndexOf('-');
  if (dash > 0 && dash < text.length - 1) {
    const last = text.slice(dash + 1);
    return /^\p{L}+$/u.test(last) ? readings(last) : [];
  }
  return readings(text);
}

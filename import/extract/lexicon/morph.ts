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

/** az's tag tables: the internal (Latin) one the analyser uses and the Russian-labelled one (see loadAzSync). */
const INT_TAGS = 'gramtab-opencorpora-int.json';
const EXT_TAGS = 'gramtab-opencorpora-ext.json';

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
    let tagCount = 0;
    mod.load = (url, type, cb) => {
      queue.push(() => {
        // az builds a second, Russian-labelled copy of each of its ~4,900 tags (`tag.ext`) that only its debug
        // printing reads; empty labels make that copy nearly free (about 60 ms of a cold start).
        if (url.endsWith(EXT_TAGS) && tagCount > 0) {
          cb(null, new Array<string>(tagCount).fill(''));
          return;
        }
        let data: Buffer;
        try {
          data = readFileSync(url);
        } catch (err) {
          cb(err);
          return;
        }
        if (type !== 'json') {
          cb(null, data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
          return;
        }
        const json: unknown = JSON.parse(data.toString('utf8'));
        if (url.endsWith(INT_TAGS) && Array.isArray(json)) tagCount = json.length;
        cb(null, json);
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
  return rawCache.get(word, readingsOfWord);
}

function readingsOfWord(word: string): Reading[] {
  const lower = word.toLowerCase();
  const allCaps = word.length > 1 && word === word.toUpperCase() && word !== lower;
  const cap = !allCaps && word[0] !== lower[0];
  const key = allCaps ? word : cap ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  return cache.get(key, () => computeReadings(key, lower));
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

/** Inflects a reading to the grammemes given; null when the paradigm has no such form. */
export function inflectReading(r: Reading, grammemes: string[]): string | null {
  const out = r.parse.inflect(grammemes);
  return out ? String(out) : null;
}

const FUNCTION_POS = new Set(['PREP', 'CONJ']);

/**
 * The dictionary reads the word first as a preposition or conjunction ("Из", "При", "Над" opening a
 * sentence): no name starts with it, though "Из" is also a plural of the first name Иза and a town's name.
 */
export function isFunctionWord(word: string): boolean {
  const first = readings(word)[0];
  return first !== undefined && first.known && FUNCTION_POS.has(first.pos);
}

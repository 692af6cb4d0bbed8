// The finders' word patterns, walked by hand over a plain text (plain-text.ts). Every sentence is cut into words by
// the place, person and country finders, each with a pattern of its own; on a plain text a loop over the code units
// finds the same spans as the pattern without a match array per word (measured: the cutting and its garbage were a
// tenth of the extractor's time). Each cutter states the pattern it stands for; the letter classes come from
// letters.ts and the other classes from the Unicode properties themselves, so on a plain text both find the same words.
// In the patterns quoted below, L, U and l stand for letters.ts LETTER, UPPER and LOWER.
import { LETTER as LETTERS, LOWER as LOWER_LETTERS, UPPER as UPPER_LETTERS } from './letters.js';
import type { Span } from './spans.js';

/** Upper bound of a plain text's code units (plain-text.ts ALPHABET). */
const SIZE = 0x2150;
const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const UPPER = 8;
const LOWER = 16;
const DIGIT = 32;
const SPACE = 64;
/** `toLowerCase()` changes the character (upper- and title-case letters, `İ`). */
const CASED = 128;

const CLASSES: Uint8Array = (() => {
  const table = new Uint8Array(SIZE);
  const properties: Array<[RegExp, number]> = [
    [new RegExp(`[${LETTERS}]`, 'u'), LETTER],
    [/\p{M}/u, MARK],
    [/\p{N}/u, NUMBER],
    [new RegExp(`[${UPPER_LETTERS}]`, 'u'), UPPER],
    [new RegExp(`[${LOWER_LETTERS}]`, 'u'), LOWER],
    [/\d/u, DIGIT],
    [/\s/u, SPACE],
  ];
  for (let c = 0; c < SIZE; c++) {
    const ch = String.fromCharCode(c);
    for (const [property, flag] of properties) if (property.test(ch)) table[c] = table[c]! | flag;
    if (ch.toLowerCase() !== ch) table[c] = table[c]! | CASED;
  }
  return table;
})();

/** The classes of the code unit at `i` (0 past the end). A plain text holds no code unit at or above SIZE. */
function at(text: string, i: number): number {
  return i < text.length ? CLASSES[text.charCodeAt(i)]! : 0;
}

const HYPHEN = 0x2d;

/** Whether the code unit at `i` is a lower-case letter (LOWER of letters.ts); undefined for one the table does not hold. */
export function isLowerLetterAt(text: string, i: number): boolean | undefined {
  const c = text.charCodeAt(i);
  return c < SIZE ? (CLASSES[c]! & LOWER) !== 0 : undefined;
}

/** Place words, the pattern `[L][L\p{M}]*(?:-[L][L\p{M}]*)*` (gu): letters, marks, hyphen-joined parts. */
export function placeWords(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!(at(text, i) & LETTER)) {
      i++;
      continue;
    }
    const start = i++;
    for (;;) {
      while (at(text, i) & (LETTER | MARK)) i++;
      if (text.charCodeAt(i) === HYPHEN && at(text, i + 1) & LETTER) i += 2;
      else break;
    }
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Name words, the pattern `[U][l]+(?:-[U][l]+)?` (gu): a capital, lower-case letters, one capitalised part after a hyphen. */
export function nameWords(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!(at(text, i) & UPPER) || !(at(text, i + 1) & LOWER)) {
      i++;
      continue;
    }
    const start = i;
    i += 2;
    while (at(text, i) & LOWER) i++;
    if (text.charCodeAt(i) === HYPHEN && at(text, i + 1) & UPPER && at(text, i + 2) & LOWER) {
      i += 3;
      while (at(text, i) & LOWER) i++;
    }
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** Country-name tokens, the pattern `[L\p{N}]+(?:['’][L]+)*` (gu): letters and digits, apostrophe-joined parts. */
export function nameTokens(text: string): Span[] {
  const out: Span[] = [];
  for (let start = nameTokenStart(text, 0); start < text.length; ) {
    const end = nameTokenEnd(text, start);
    out.push({ text: text.slice(start, end), start, end });
    start = nameTokenStart(text, end);
  }
  return out;
}

// nameTokens in two steps, for a caller that walks the tokens in place (the country finder): where the next token
// starts, and where the token that starts there ends.

/** Where the next country-name token starts at or after `i`: the next letter or number (the length at the end). */
export function nameTokenStart(text: string, i: number): number {
  const n = text.length;
  while (i < n && !(at(text, i) & (LETTER | NUMBER))) i++;
  return i;
}

/** Where the country-name token that starts at `start` ends. */
export function nameTokenEnd(text: string, start: number): number {
  let i = start + 1;
  while (at(text, i) & (LETTER | NUMBER)) i++;
  // Parts after an apostrophe are letters only: a digit after one ends the token, as in the pattern.
  for (;;) {
    const c = text.charCodeAt(i);
    if (!((c === APOSTROPHE || c === RIGHT_QUOTE) && at(text, i + 1) & LETTER)) return i;
    i += 2;
    while (at(text, i) & LETTER) i++;
  }
}

/**
 * Whether `text[start, end)` is its own lower case, asked of each code unit: a plain text has no character whose
 * lower case depends on the letters around it (the final sigma), so `text.slice(start, end).toLowerCase()` is the
 * same stretch exactly when no code unit in it has a lower case other than itself.
 */
export function isLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (at(text, i) & CASED) return false;
  return true;
}

const EN_HYPHEN = 0x2010;

// The scan's tokens (word-tokens.ts tokenize), the pattern `[L\d]+(?:[-‐][L\d]+)*|\S` (gu), in two steps:
// where the next token starts, and where the token that starts there ends.

/** Where the next scan token starts at or after `i`: the next code unit that is not white space (the length at the end). */
export function scanTokenStart(text: string, i: number): number {
  while (at(text, i) & SPACE) i++;
  return i;
}

/** Where the scan token that starts at `start` ends: a run of letters and digits with hyphen-joined parts, or one mark. */
export function scanTokenEnd(text: string, start: number): number {
  if (!(at(text, start) & (LETTER | DIGIT))) return start + 1;
  let i = start + 1;
  for (;;) {
    while (at(text, i) & (LETTER | DIGIT)) i++;
    const c = text.charCodeAt(i);
    if ((c === HYPHEN || c === EN_HYPHEN) && at(text, i + 1) & (LETTER | DIGIT)) i += 2;
    else return i;
  }
}

/**
 * Whether an initial (an upper-case letter and a full stop) is followed within three characters by another
 * upper-case letter (`А.Н.`, `А. Петров`): what a person's initials need, the full stop, white space and a second
 * initial or the surname's capital (persons.ts INITIALS_FIRST and SURNAME_FIRST). `Тверь в РФ.` has none.
 */
export function hasInitials(text: string): boolean {
  for (let k = text.indexOf('.', 1); k > 0; k = text.indexOf('.', k + 1)) {
    if (!(at(text, k - 1) & UPPER)) continue;
    if (at(text, k + 1) & UPPER || at(text, k + 2) & UPPER || at(text, k + 3) & UPPER) return true;
  }
  return false;
}

/**
 * The capitalised word that `text[from, end)` ends with before white space: what `/([U][l]+)\s+$/u` finds in
 * that stretch (its group), read backwards from `end` instead of tried at every position. Null when there is none;
 * undefined when a character on the way is beyond this table's letters, for the caller to ask the pattern.
 */
export function capitalisedWordBefore(text: string, from: number, end: number): string | null | undefined {
  let e = end;
  for (; e > from; e--) {
    const c = text.charCodeAt(e - 1);
    if (c >= SIZE) return undefined;
    if (!(CLASSES[c]! & SPACE)) break;
  }
  if (e === end) return null;
  let b = e;
  for (; b > from; b--) {
    const c = text.charCodeAt(b - 1);
    if (c >= SIZE) return undefined;
    if (!(CLASSES[c]! & LOWER)) break;
  }
  if (b === e || b === from) return null;
  const c = text.charCodeAt(b - 1);
  if (c >= SIZE) return undefined;
  return CLASSES[c]! & UPPER ? text.slice(b - 1, e) : null;
}

/**
 * Where the last word of `text` between `from` and `end` starts, white space (`\s`) at its end skipped: the index
 * of the first letter of the run of letters (LETTER) that ends at the last code unit that is no white space, or of
 * that code unit itself when it is no letter. -1 when there is only white space; undefined when a code unit on the
 * way is beyond this table, for the caller to ask a pattern.
 */
export function lastRunStart(text: string, from: number, end: number): number | undefined {
  let k = end - 1;
  for (; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c >= SIZE) return undefined;
    if (!(CLASSES[c]! & SPACE)) break;
  }
  if (k < from || !(CLASSES[text.charCodeAt(k)]! & LETTER)) return k < from ? -1 : k;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (c >= SIZE) return undefined;
    if (!(CLASSES[c]! & LETTER)) break;
  }
  return k;
}

const WHITE_SPACE = /\s/;
const LOWER_OR_HYPHEN = /^[a-zß-öø-ſа-ԯ-]$/u;

/**
 * The lower-case word (hyphens allowed) that `s` ends with before its trailing white space, as
 * `/([l-]+)\s+$/u.exec(s)?.[1]` gives it, read backwards: that expression tries every position of `s` and
 * cost a noticeable part of the place finder, which asks before every capitalised word.
 */
export function lowerWordBefore(s: string): string | undefined {
  let end = s.length;
  while (end > 0 && WHITE_SPACE.test(s[end - 1]!)) end--;
  if (end === s.length) return undefined;
  let start = end;
  for (;;) {
    // Step back one code point (a letter outside the Basic Multilingual Plane is two UTF-16 units).
    const low = s.charCodeAt(start - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && start >= 2 && s.charCodeAt(start - 2) >= 0xd800 && s.charCodeAt(start - 2) <= 0xdbff ? 2 : 1;
    if (start - width < 0 || !isLowerOrHyphen(s, start - width, width)) break;
    start -= width;
  }
  return start < end ? s.slice(start, end) : undefined;
}

/** Whether the code point at `i` (`width` code units) is a lower-case letter or a hyphen (LOWER_OR_HYPHEN). */
function isLowerOrHyphen(s: string, i: number, width: number): boolean {
  // From the letter-class table where it holds the code unit, without a one-letter copy for the pattern.
  if (width === 1) {
    if (s.charCodeAt(i) === 0x2d) return true;
    const lower = isLowerLetterAt(s, i);
    if (lower !== undefined) return lower;
  }
  return LOWER_OR_HYPHEN.test(s.slice(i, i + width));
}


// Lookup keys for names: two spellings of one name (case, ё/е, dashes, quotes, diacritics, look-alike letters)
// meet on one key. A key is for comparing names, never shown; cleaning a report's text is `normalise`
// (import/extract/normalise.ts), a different job.
import { fixHomoglyphs } from './homoglyphs.js';

const LATIN_SPECIAL: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th' };

/** Plain Cyrillic words joined by hyphens (no ё, no Latin, no spaces): their key is their lower case. */
const PLAIN = /^[А-Яа-я]+(?:-[А-Яа-я]+)*$/;
// A constant, not a literal in the function: built once rather than on every call.
const LATIN_MARKS = /([a-z])\p{M}+/gu;

/** Lookup key: case-, ё/е-, dash-, quote- and Latin-diacritic-insensitive, whitespace collapsed. */
export function lookupKey(s: string): string {
  // Most words the finders look up are plain: the chain below would give their lower case, slowly.
  if (PLAIN.test(s)) return s.toLowerCase();
  return fixHomoglyphs(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[ёѐ]/g, 'е')
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .normalize('NFC')
    .replace(/[øłđßæœıħþ]/g, (c) => LATIN_SPECIAL[c] ?? c)
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/[«»"“”„()[\]]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '');
}

/** Key for matching Latin place names: lowercase, no diacritics, apostrophes or punctuation. */
export function latinKey(s: string): string {
  return lookupKey(s).replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

const LATIN_LETTERS = /^[\p{Script=Latin}\s'’.-]+$/u;

/** Whether a name is written in Latin letters only ("Tikhvin"): another spelling of a name a Russian text writes in Cyrillic. */
export function inLatin(name: string): boolean {
  return LATIN_LETTERS.test(name);
}

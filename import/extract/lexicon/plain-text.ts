// Most sentences are written in Latin and Cyrillic letters, digits and common punctuation only. On such a text the
// finders cut words by hand over a table of those characters (plain-words.ts), and by their patterns on any other.

import { lastAnswer } from './memo.js';

/** The characters a plain text is made of: Basic Latin to Latin Extended-B, Cyrillic, general punctuation, letterlike symbols (№). */
const ALPHABET: ReadonlyArray<readonly [number, number]> = [
  [0x0001, 0x024f],
  [0x0400, 0x04ff],
  [0x2000, 0x206f],
  [0x2100, 0x214f],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const PLAIN = new RegExp(`^[${ALPHABET.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]*$`);

/** Whether every character of `text` is in the plain alphabet (the finders ask about one sentence in turn). */
export const isPlain: (text: string) => boolean = lastAnswer((text) => PLAIN.test(text));

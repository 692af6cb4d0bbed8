// The extractor's letters (letters.ts): what they take from Unicode's letters and what they leave, and every pattern
// of the extractor spelling them one way, so that one definition holds through every finder and rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER, LOWER, UPPER } from '../../../../import/extract/lexicon/letters.js';

const letter = new RegExp(`^[${LETTER}]$`, 'u');
const upper = new RegExp(`^[${UPPER}]$`, 'u');
const lower = new RegExp(`^[${LOWER}]$`, 'u');
const hex = (c: number) => `U+${c.toString(16).padStart(4, '0')}`;

/** The code points from `from` to `to` where `a` and `b` disagree, as hex. */
function disagreements(a: RegExp, b: RegExp, from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) if (a.test(String.fromCodePoint(c)) !== b.test(String.fromCodePoint(c))) out.push(hex(c));
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => hex(from + k));

describe('letters', () => {
  it('are the letters of Basic Latin, Latin-1, Latin Extended-A and Cyrillic, with the Cyrillic signs among them', () => {
    // ª µ º are letters to Unicode; U+0482-U+0489 (҂ and the combining titlo marks) are Cyrillic signs.
    expect(disagreements(letter, /^\p{L}$/u, 0, 0x17f)).toEqual(['U+00aa', 'U+00b5', 'U+00ba']);
    expect(disagreements(letter, /^\p{L}$/u, 0x400, 0x52f)).toEqual(range(0x482, 0x489));
  });

  it('are no letters of other scripts', () => {
    for (const ch of ['ƒ', 'ș', 'ə', 'Σ', 'λ', '京', 'ა', 'Ա', 'ب', 'א', '😀', '1', '-', ' ', '×', '÷']) expect(letter.test(ch), ch).toBe(false);
  });

  it('split into capitals and small letters, with the cases of Unicode in Basic Latin, Latin-1 and basic Cyrillic', () => {
    for (let c = 0; c <= 0x52f; c++) {
      const ch = String.fromCharCode(c);
      expect(upper.test(ch) || lower.test(ch), hex(c)).toBe(letter.test(ch));
      expect(upper.test(ch) && lower.test(ch), hex(c)).toBe(false);
    }
    expect(disagreements(upper, /^\p{Lu}$/u, 0, 0xff)).toEqual([]);
    expect(disagreements(upper, /^\p{Lu}$/u, 0x400, 0x45f)).toEqual([]);
    expect(disagreements(lower, /^\p{Ll}$/u, 0, 0xff)).toEqual(['U+00b5']);
    expect(disagreements(lower, /^\p{Ll}$/u, 0x400, 0x45f)).toEqual([]);
    // Where capitals and small letters alternate, every letter is a small one.
    for (const ch of ['Ł', 'ł', 'Қ', 'қ', 'Ә', 'ә', 'Ґ']) expect(lower.test(ch), ch).toBe(true);
  });
});

/** Every TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe("the extractor's patterns", () => {
  const files = sources('import/extract');
  /** The code of a file, its comments left out (a comment may name a Unicode class to explain a choice). */
  const code = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/\*\*|\*)/.test(line))
      .join('\n');

  it('name no Unicode letter class', () => {
    const named = files.filter((file) => /\\{1,2}p\{L[lu]?\}/.test(code(file)));
    expect(named).toEqual([]);
  });

  it('spell the letters as letters.ts does, wherever they spell a range of them', () => {
    // Each spelt-out class starts with the range of Basic Latin letters followed by Latin-1's (À-Ö or ß-ö) and runs
    // on over letters and hyphens; a hyphen at its end is one of the class's own characters.
    const spelt = files.flatMap((file) =>
      [...code(file).matchAll(/(?:A-Za-z|A-Z|a-z)(?=À-Ö|ß-ö)[A-Za-zÀ-ԯ-]*/g)].map((m) => m[0].replace(/-$/, '')),
    );
    expect(spelt.length).toBeGreaterThan(1000);
    expect(new Set(spelt)).toEqual(new Set([LETTER, UPPER, LOWER]));
  });
});

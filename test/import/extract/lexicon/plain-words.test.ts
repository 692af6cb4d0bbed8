// The hand-walked cutters find on a plain text exactly the spans their patterns find: on a few written sentences and
// on many random strings of the characters where the patterns' edges lie (hyphens, apostrophes, marks, digits,
// a title-case letter, white space, other punctuation).
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../../../support/random-strings.js';
import { isPlain } from '../../../../import/extract/lexicon/plain-text.js';
import {
  capitalisedWordBefore,
  hasInitials,
  isLowerCase,
  isLowerLetterAt,
  nameTokenEnd,
  nameTokenStart,
  nameTokens,
  nameWords,
  placeWords,
  scanTokenEnd,
  scanTokenStart,
} from '../../../../import/extract/lexicon/plain-words.js';
import { spansOf, type Span } from '../../../../import/extract/lexicon/spans.js';

/** The scan's tokens as spans, by its two steps. */
function scanTokens(text: string): Span[] {
  const out: Span[] = [];
  for (let start = scanTokenStart(text, 0); start < text.length; start = scanTokenStart(text, out[out.length - 1]!.end)) {
    const end = scanTokenEnd(text, start);
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** The country-name tokens as spans, by their two steps. */
function countryTokens(text: string): Span[] {
  const out: Span[] = [];
  for (let start = nameTokenStart(text, 0); start < text.length; start = nameTokenStart(text, out[out.length - 1]!.end)) {
    const end = nameTokenEnd(text, start);
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

const CUTTERS = [
  ['placeWords', placeWords, /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{M}]*(?:-[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{M}]*)*/gu],
  ['nameWords', nameWords, /[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?/gu],
  ['nameTokens', nameTokens, /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{N}]+(?:['’][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)*/gu],
  ['nameTokenStart and nameTokenEnd', countryTokens, /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{N}]+(?:['’][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)*/gu],
  ['scanTokenStart and scanTokenEnd', scanTokens, /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d]+(?:[-‐][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d]+)*|\S/gu],
] as const;

const WRITTEN = [
  'Мэр Бреста А.Н. Рогачук и глава Тулы Дмитрий Миляев подписали соглашение № 12 (Республика Беларусь).',
  'Делегация Южно-Сахалинска посетила Санкт-Петербург и Ростов-на-Дону — 25‐летие дружбы!',
  "Кот-д’Ивуар, Кот-д'Ивуар, O'Brien’s 2'3 ½ café Žilina ǅ Иван-иванович Анна-Мария-Луиза 1990-х.",
  '',
];

// The characters at the patterns' edges, and a few ordinary ones.
const POOL = ['а', 'Б', 'ё', 'Ё', 'x', 'Q', 'é', 'Ž', 'ǅ', '\u0483', '7', '²', '-', '‐', "'", '’', ' ', '\u00a0', '\u2009', '\n', '.', '«', '№'];

const randomTexts = (count: number) => randomStrings({ pool: POOL, count, min: 0, spread: 24, seed: 12345 });

describe.each(CUTTERS)('%s', (_name, cut, pattern) => {
  it('finds the spans of its pattern on written sentences', () => {
    for (const text of WRITTEN) {
      expect(isPlain(text)).toBe(true);
      expect(cut(text)).toEqual(spansOf(pattern, text));
    }
  });

  it('finds the spans of its pattern on random plain strings', () => {
    for (const text of randomTexts(20_000)) expect(cut(text), JSON.stringify(text)).toEqual(spansOf(pattern, text));
  });
});

describe('hasInitials', () => {
  it('tells initials followed by a capital, on written sentences', () => {
    expect(hasInitials('Мэр Бреста А.Н. Рогачук.')).toBe(true);
    expect(hasInitials('Рогачук А. Н.')).toBe(true);
    expect(hasInitials('в г. Омске.')).toBe(false);
    expect(hasInitials('Визит в РФ.')).toBe(false);
    expect(hasInitials('Визит в РФ. ')).toBe(false);
  });
});

describe('capitalisedWordBefore', () => {
  it('finds what its pattern finds at the end of a stretch, on written and random texts', () => {
    const pattern = /([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)\s+$/u;
    expect(capitalisedWordBefore('им. Павла ', 0, 10)).toBe('Павла');
    expect(capitalisedWordBefore('им. Павла', 0, 9)).toBeNull();
    expect(capitalisedWordBefore('Павла Петрова', 0, 6)).toBe('Павла');
    for (const text of [...WRITTEN, ...randomTexts(20_000)]) {
      for (const from of [0, 2]) {
        if (from > text.length) continue;
        const expected = pattern.exec(text.slice(from))?.[1] ?? null;
        expect(capitalisedWordBefore(text, from, text.length), JSON.stringify([text, from])).toBe(expected);
      }
    }
  });

  it('leaves a character beyond its table to the pattern', () => {
    expect(capitalisedWordBefore('Ⅻ Омск ', 0, 7)).toBe('Омск');
    expect(capitalisedWordBefore('Омск　', 0, 5)).toBeUndefined();
  });
});

describe('isLowerCase', () => {
  it('tells a stretch that is its own lower case, as toLowerCase would, on every plain character and random texts', () => {
    for (let c = 1; c < 0x2150; c++) {
      const ch = String.fromCharCode(c);
      if (!isPlain(ch)) continue;
      expect(isLowerCase(`a${ch}b`, 1, 2), ch).toBe(ch.toLowerCase() === ch);
    }
    for (const text of [...WRITTEN, ...randomTexts(5_000)]) {
      for (const [start, end] of [[0, text.length], [1, Math.max(1, text.length - 1)]] as const) {
        const stretch = text.slice(start, end);
        expect(isLowerCase(text, start, end), JSON.stringify([text, start, end])).toBe(stretch.toLowerCase() === stretch);
      }
    }
  });
});

describe('isLowerLetterAt', () => {
  it('answers as [a-zß-öø-ſа-ԯ] for every code unit it answers, and answers every Basic Latin and Cyrillic one', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const lower = isLowerLetterAt(`x${ch}`, 1);
      if (lower !== undefined) expect(lower, c.toString(16)).toBe(/[a-zß-öø-ſа-ԯ]/u.test(ch));
      else expect(c < 0x80 || (c >= 0x400 && c <= 0x4ff), c.toString(16)).toBe(false);
    }
    expect(isLowerLetterAt('ёЁ', 0)).toBe(true);
    expect(isLowerLetterAt('ёЁ', 1)).toBe(false);
  });
});

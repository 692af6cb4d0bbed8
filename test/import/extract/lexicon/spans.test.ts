// Spans and match arrays of a pattern's matches: the same words, groups and offsets as matchAll, whatever the
// pattern's lastIndex before.
import { describe, expect, it } from 'vitest';
import { matchesOf, spansOf } from '../../../../import/extract/lexicon/spans.js';

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;

describe('spansOf', () => {
  it('gives each match with its offsets', () => {
    expect(spansOf(WORD, 'Мэр Бреста, вице-мэр Тулы.')).toEqual([
      { text: 'Мэр', start: 0, end: 3 },
      { text: 'Бреста', start: 4, end: 10 },
      { text: 'вице-мэр', start: 12, end: 20 },
      { text: 'Тулы', start: 21, end: 25 },
    ]);
  });

  it('agrees with matchAll and starts afresh however the pattern was left', () => {
    const text = 'Делегация Гомеля (Беларусь) посетила Тулу и Пензу.';
    const expected = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    WORD.lastIndex = 17;
    expect(spansOf(WORD, text)).toEqual(expected);
    expect(spansOf(WORD, text)).toEqual(expected);
    expect(spansOf(WORD, '')).toEqual([]);
  });
});

describe('matchesOf', () => {
  const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

  it.each([
    [/(?<!\d)(19[89]\d|20\d\d)(?!\d)/g, 'В 2019 и 2020 годах, 12019 нет, 1990-е.'],
    [/(?<![\p{L}])(в|во)\s+(\p{L}+)/giu, 'Во Франции, в Омске и в 😀 Туле.'],
    // Empty matches: one per position, by code point under `u` (the emoji is two code units).
    [/(?:)/gu, 'а😀б'],
    [/x*/g, 'аxxб😀'],
  ])('gives what matchAll gives for %s', (re, text) => {
    const expected = summary(text.matchAll(re));
    re.lastIndex = 3;
    expect(summary(matchesOf(re, text))).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  });
});

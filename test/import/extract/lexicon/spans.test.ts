// Spans of a pattern's matches: the same words and offsets as matchAll, whatever the pattern's lastIndex before.
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../../import/extract/lexicon/spans.js';

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

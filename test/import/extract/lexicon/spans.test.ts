// Spans and match arrays of a pattern's matches: the same words, groups and offsets as matchAll, whatever the
// pattern's lastIndex before.
import { describe, expect, it } from 'vitest';
import { firstWordStartMatch, letterBefore, matchesOf, spansOf, wordStartMatches } from '../../../../import/extract/lexicon/spans.js';

const WORD = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+(?:-[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)*/gu;

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
    [/(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)/giu, 'Во Франции, в Омске и в 😀 Туле.'],
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

describe('wordStartMatches', () => {
  const summary = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);
  // U+0345 is a mark that `i` folds to a Greek letter; 𐐨 (Deseret) is a letter of two code units.
  const texts = ['визит, перевизит, Визиты', 'из Омска, Изюм, из-за, сиз', 'ит\u0345ит 𐐨ит 😀ит 1ит', 'ВиЗиТ виз', ''];
  const bodies = ['(визит[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|из|ит)', '(в|из)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])', '(из)+'];

  it.each(bodies.flatMap((body) => texts.map((text) => [body, text] as const)))('gives what (?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])%s gives in %j', (body, text) => {
    const behind = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])${body}`, 'giu');
    const re = new RegExp(body, 'giu');
    expect(summary(wordStartMatches(re, text))).toEqual(summary(text.matchAll(behind)));
    expect(re.lastIndex).toBe(0);
    behind.lastIndex = 0;
    const first = behind.exec(text);
    expect(firstWordStartMatch(re, text)?.index).toBe(first?.index);
    expect(firstWordStartMatch(re, text)?.[0]).toBe(first?.[0]);
  });

  it('reads a letter before an offset as the look-behind does', () => {
    const text = 'аb1 \u0345𐐨-Я';
    // Each offset at a code point's start (where a match may start), and the look-behind after that many code points.
    const points = [...text];
    const offsets = points.map((_, k) => points.slice(0, k).join('').length).concat(text.length);
    const expected = offsets.map((_, k) => new RegExp(`^[^]{${k}}(?<=[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])`, 'iu').test(text));
    expect(offsets.map((i) => letterBefore(text, i))).toEqual(expected);
    expect(expected).toEqual([false, true, true, false, false, false, false, false, true]);
  });
});

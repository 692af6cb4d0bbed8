// cityCueBefore reads the last word before asking its pattern: it must answer as the pattern alone does.
import { describe, expect, it } from 'vitest';
import { cityCueBefore, hasCityCueWords } from '../../../../import/extract/finders/city-cue.js';
import { randomStrings } from '../../../support/random-strings.js';

// The pattern as it stood in the place finder before the look at the last word.
const CITY_CUE = /(?<![\p{L}])(город(а|у|ом|е|ов|ам|ами|ах)?(-побратим\p{L}*|-партн[её]р\p{L}*|-герой\p{L}*)?(,?\s+как)?|г\.|мэри\p{L}+|муниципалитет\p{L}*|городск\p{L}+\s+округ\p{L}*)\s*$/iu;

const WRITTEN = [
  'встреча с мэром города ',
  'делегация посетила город ',
  'с городами-побратимами ',
  'с городом-партнёром ',
  'в г. ',
  'в Г.',
  'мэрией ',
  'муниципалитетом\u00a0',
  'городским округом ',
  'такими городами, как ',
  'ГОРОДА ',
  'пригород ',
  'в городе Омске и ',
  '',
  '   ',
];
const POOL = ['г', 'Г', 'о', 'О', 'р', 'д', 'а', 'к', 'м', 'э', 'и', 'я', 'п', 'x', 'ж', ' ', ' ', '\u00a0', '\u3000', '.', ',', '-', '«', '𝐀',
  'город', 'города', 'городами', '-побратимами', '-партнёром', '-героем', 'как', 'мэрия', 'муниципалитет', 'городской', 'округа'];

describe('cityCueBefore', () => {
  it('answers as the pattern on written and random texts, from any start', () => {
    const texts = [...WRITTEN, ...randomStrings({ pool: POOL, count: 20_000, min: 0, spread: 8, seed: 4242 })];
    for (const text of texts) {
      for (const from of [0, 1, 3]) {
        if (from > text.length) continue;
        expect(cityCueBefore(text, from, text.length), JSON.stringify([text, from])).toBe(CITY_CUE.test(text.slice(from)));
      }
    }
  });

  it('finds the cue words a cue needs anywhere in a text', () => {
    expect(hasCityCueWords('Делегация Города Омска')).toBe(true);
    expect(hasCityCueWords('в г. Омске')).toBe(true);
    expect(hasCityCueWords('Мэрия Харбина')).toBe(true);
    expect(hasCityCueWords('Делегация Омска посетила Харбин')).toBe(false);
  });
});

// bareSpotBefore reads backwards what BARE_PLACE_BEFORE finds at the end of a stretch: the two must agree on every
// stretch, written or random, including one cut inside a word and one with characters beyond the letter table.
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../../../support/random-strings.js';
import { BARE_PLACE_BEFORE, bareSpotBefore } from '../../../../import/extract/finders/uncued-towns.js';

const WRITTEN = [
  'Делегация района побывала в ',
  'Глава города посетила ',
  'Затем гости отправились во\u00a0',
  'встреча с мэром ',
  'беседа с Акимом  ',
  'переговоры с кметом',
  'Представители вуза вернулись из Москвы. В ',
  'при посещении ',
  'на встрече в-',
  'Ⅻ в ',
  'договор о поставках в　',
];

// Pieces that make or break the words: the words themselves, parts of them, letters around, white space, marks.
const POOL = ['в', 'во', 'из', 'до', 'посетил', 'ами', 'делегаци', 'мэр', 'ом', 'аким', 'кмет', 'бургомистр', 'В', 'ИЗ', 'а', 'x', '\u0301', '-', '.', ' ', '  ', '\u00a0', '\n', '　', 'Ⅻ', '𝐀'];

describe('bareSpotBefore', () => {
  it('finds a visit, a delegation, a mayor or a place preposition right before the end of a stretch', () => {
    expect(bareSpotBefore('Делегация побывала в ', 0, 21)).toBe(true);
    expect(bareSpotBefore('встреча с мэром ', 0, 16)).toBe(true);
    expect(bareSpotBefore('встреча с мэром', 0, 15)).toBe(false);
    expect(bareSpotBefore('Делегация отправилась ', 0, 22)).toBe(false);
  });

  it('agrees with BARE_PLACE_BEFORE on written and random stretches, whole or cut at either end', () => {
    const texts = [...WRITTEN, ...randomStrings({ pool: POOL, count: 20_000, min: 1, spread: 6, seed: 7 })];
    for (const text of texts) {
      for (const from of [0, 1, 3]) {
        for (const end of [text.length, text.length - 1]) {
          if (from > end || end < 0) continue;
          const expected = BARE_PLACE_BEFORE.test(text.slice(from, end));
          expect(bareSpotBefore(text, from, end), JSON.stringify([text, from, end])).toBe(expected);
        }
      }
    }
  });
});

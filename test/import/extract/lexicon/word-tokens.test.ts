// Word classes of the phrase grammar (import/extract/lexicon/word-tokens.ts): abbreviations.
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../../../support/random-strings.js';
import { isAbbreviation } from '../../../../import/extract/lexicon/word-tokens.js';

describe('isAbbreviation', () => {
  it.each([
    ['ООО', true],
    ['ТПП', true],
    ['ОмГУ', true],
    ['ЭКСПО', true],
    ['НИИ', true],
    ['ЁЖК', true],
    ['ABC', true],
    ['Омск', false],
    ['XIV', false],
    ['А', false],
    ['омгу', false],
    ['ОмскийГУ', false],
    ['ОАОПРОМЫШЛЕННОСТЬ', false],
  ])('%s: %s', (word, abbreviation) => {
    expect(isAbbreviation(word)).toBe(abbreviation);
  });

  it('counts capitals as a copy without the other letters would', () => {
    // The count the function stood for before it walked the code units.
    const byCopy = (w: string) => {
      if (!/^[А-ЯЁA-Z][А-ЯЁA-Zа-яё]{1,9}$/u.test(w) || /^[IVXLC]{1,7}$/.test(w)) return false;
      const upper = w.replace(/[^А-ЯЁA-Z]/gu, '').length;
      return upper >= 2 && upper >= w.length - 2;
    };
    for (const word of randomStrings({ pool: 'АБЁЯЖаёяжXIVCLbq', count: 20_000, min: 1, spread: 11, seed: 11 })) {
      expect(isAbbreviation(word), word).toBe(byCopy(word));
    }
  });
});

// The capital-letter tests answer as toLowerCase/toUpperCase would, for every first character, fast path or not.
import { describe, expect, it } from 'vitest';
import { hasCapitalAt, hasCapitalInitial, hasUpperInitial } from '../../../../import/extract/lexicon/letter-case.js';

describe('letter case of a first letter', () => {
  it.each([
    ['Омск', true, true],
    ['омск', false, false],
    ['Ёлки', true, true],
    ['ёлки', false, false],
    ['Ѐ', true, true],
    ['Huawei', true, true],
    ['iPhone', false, false],
    ['2016', false, false],
    ['«', false, false],
    ['Σπάρτη', true, true],
    // a title-case letter has a lower case but is not its own upper case
    ['ǅ', true, false],
  ])('%s', (word, capital, upper) => {
    expect(hasCapitalInitial(word)).toBe(capital);
    expect(hasUpperInitial(word)).toBe(upper);
  });

  it('agrees with toLowerCase/toUpperCase on every character of the Basic Multilingual Plane', () => {
    for (let c = 1; c < 0xd800; c++) {
      const ch = String.fromCharCode(c);
      const word = `${ch}x`;
      expect(hasCapitalInitial(word), ch).toBe(ch !== ch.toLowerCase());
      expect(hasUpperInitial(word), ch).toBe(ch !== ch.toLowerCase() && ch === ch.toUpperCase());
    }
  });

  it('hasCapitalAt reads the letter at an offset as hasCapitalInitial reads the word there', () => {
    const text = 'в Омске, ёлки Ёлки iPhone Huawei ǅ Σπάρτη 2016 «';
    for (let i = 0; i < text.length; i++) expect(hasCapitalAt(text, i), text.slice(i)).toBe(hasCapitalInitial(text.slice(i)));
  });
});

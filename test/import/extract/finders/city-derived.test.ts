// The shape of a city's adjective or residents' name (`омская`, `Санкт-Петербургский`, `минчане`): found by its
// ending, and only at the end of the word.
import { describe, expect, it } from 'vitest';
import { hasDerivedShape } from '../../../../import/extract/finders/city-derived.js';

describe('hasDerivedShape', () => {
  it.each([
    ['омская', true],
    ['Омского', true],
    ['Санкт-Петербургскими', true],
    ['ВЛАДИВОСТОКСКОМУ', true],
    ['омичи', true],
    ['минчанами', true],
    ['новосибирцы', false],
    ['ск', false],
    ['омский-то', false],
    ['москвичами😀', false],
    ['делегация', false],
  ])('%s: %s', (word, shaped) => {
    expect(hasDerivedShape(word)).toBe(shaped);
  });

  it('agrees with the shape pattern alone on random words made of the endings\' letters', () => {
    // The pattern the function's quick checks stand before (city-derived.ts DERIVED_SHAPE).
    const shape = /^((\p{L}+-)?\p{L}{2,}(ск|цк)(ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|их|ими|им|ою)|\p{L}{2,}(ичи|ичей|ичам|ичами|ичах|ич|ича|ичу|чане|чан|чанам|чанами))$/iu;
    const letters = 'скцйаяоеиугмхюычнСКЦЙАЯОЕИУГМХЮЫЧН-бр';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20_000; n++) {
      let word = '';
      const length = 1 + Math.floor(next() * 12);
      for (let k = 0; k < length; k++) word += letters[Math.floor(next() * letters.length)];
      expect(hasDerivedShape(word), word).toBe(shape.test(word));
    }
  });
});

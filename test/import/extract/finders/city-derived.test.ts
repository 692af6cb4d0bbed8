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
});

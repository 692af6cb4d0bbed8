import { describe, expect, it } from 'vitest';
import { queryWords } from '../../../server/repository/search.js';

describe('search', () => {
  it.each([
    ['Гомель', ['гомель']],
    ['  Нижний   Новгород ', ['нижний', 'новгород']],
    ['Ёлки', ['елки']],
    ['Ürümqi', ['urumqi']],
    ['gomel AND (x:* OR "y")~', ['gomel', 'and', 'x', 'or', 'y']],
    ['***', []],
  ])('splits %j into the words %j', (q, words) => {
    expect(queryWords(q)).toEqual(words);
  });
});

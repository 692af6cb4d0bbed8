import { describe, expect, it } from 'vitest';
import { luceneQuery, queryWords } from '../../../server/repository/search.js';

describe('search', () => {
  it.each([
    ['Гомель', ['гомель']],
    ['  Нижний   Новгород ', ['нижний', 'новгород']],
    ['Ёлки', ['елки']],
    ['gomel AND (x:* OR "y")~', ['gomel', 'and', 'x', 'or', 'y']],
    ['***', []],
  ])('splits %j into the words %j, with no Lucene syntax left', (q, words) => {
    expect(queryWords(q)).toEqual(words);
  });

  it.each([
    ['гомеля', ['гомеля^4', 'гомеля*^2', 'гомеля~1', 'гомел*', 'гоме*']],
    ['ürümqi', ['ürümqi^4', 'urumqi^3', 'urumqi*']],
    ['омск', ['омск^4', 'омск*^2']],
    ['ли', ['ли^4', 'ли*^2']],
  ])('builds the clauses for %s', (word, clauses) => {
    const q = luceneQuery([word]);
    for (const c of clauses) expect(q).toContain(c);
  });

  it('requires every word', () => {
    expect(luceneQuery(['средняя', 'школа'])).toMatch(/^\(.*\) AND \(.*\)$/);
  });
});

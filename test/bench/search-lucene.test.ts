import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../bench/search-lucene.js';

describe('search lucene', () => {
  it.each([
    ['гомеля', ['гомеля^4', 'гомеля*^2', 'гомеля~1', 'гомел*', 'гоме*']],
    ['omsk', ['omsk^4', 'omsk*^2']],
    ['ли', ['ли^4', 'ли*^2']],
  ])('builds the clauses for %s', (word, clauses) => {
    const q = luceneQuery([word]);
    for (const c of clauses) expect(q).toContain(c);
    if (word.length < 5) expect(q).not.toContain('~');
  });

  it('requires every word', () => {
    expect(luceneQuery(['средняя', 'школа'])).toMatch(/^\(.*\) AND \(.*\)$/);
  });
});

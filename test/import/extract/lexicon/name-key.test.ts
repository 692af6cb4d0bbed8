// Lookup keys: plain Cyrillic words take a fast path; it must give what the full chain gives for other spellings.
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../../import/extract/lexicon/name-key.js';

describe('normalizeName', () => {
  it.each([
    ['Омск', 'омск'],
    ['Йошкар-Ола', 'йошкар-ола'],
    ['Комсомольск-на-Амуре', 'комсомольск-на-амуре'],
    ['Орёл', 'орел'],
    ['Oмск', 'омск'], // a Latin O
    ['Комсомольск – на – Амуре', 'комсомольск-на-амуре'],
    ['«Нижний  Новгород»', 'нижний новгород'],
    ['Jyväskylä', 'jyvaskyla'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  it('a plain word and the same word with a combining or precomposed й meet', () => {
    expect(normalizeName('Йошкар-Ола')).toBe(normalizeName('Йошкар-Ола'.normalize('NFD')));
  });
});

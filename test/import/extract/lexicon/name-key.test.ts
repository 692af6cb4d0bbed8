// Lookup keys: plain Cyrillic words take a fast path; it must give what the full chain gives for other spellings.
import { describe, expect, it } from 'vitest';
import { lookupKey } from '../../../../import/extract/lexicon/name-key.js';

describe('lookupKey', () => {
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
    expect(lookupKey(name)).toBe(key);
  });

  it('a plain word and the same word with a combining or precomposed й meet', () => {
    expect(lookupKey('Йошкар-Ола')).toBe(lookupKey('Йошкар-Ола'.normalize('NFD')));
  });
});

import { describe, expect, it } from 'vitest';
import { countryName, dictionaryKeys, entityKindLabel, relationKindLabel, t } from '../../web/src/i18n/index.js';
import { count, statusLabel } from '../../web/src/i18n/index.js';
import { ENTITY_KINDS, RELATION_KINDS } from '../../web/src/api-types.js';

describe('i18n', () => {
  it('has the same keys in Russian and English', () => {
    expect(dictionaryKeys('en').sort()).toEqual(dictionaryKeys('ru').sort());
  });

  it.each([
    ['ru', 'sharedFound', { n: 2 }, 'Общих партнёров: 2'],
    ['en', 'sharedFound', { n: 2 }, 'Shared partners: 2'],
    ['en', 'pathN', { i: 1, n: 3 }, 'Path 1: 3 hop(s)'],
    ['en', 'missingRoute', {}, 'This feature is not available on the server yet ({path}).'],
  ] as const)('%s %s fills its placeholders', (lang, key, vars, text) => {
    expect(t(lang, key, vars)).toBe(text);
  });

  it('names every entity and relation kind in both languages', () => {
    for (const lang of ['ru', 'en'] as const) {
      for (const k of ENTITY_KINDS) expect(entityKindLabel(lang, k)).not.toBe('');
      for (const k of RELATION_KINDS) expect(relationKindLabel(lang, k)).not.toBe(k);
    }
    expect(relationKindLabel('ru', 'TWIN')).toBe('побратимы');
  });

  it.each([
    ['en', 'BY', 'Belarus'],
    ['ru', 'BY', 'Беларусь'],
    ['en', null, '—'],
  ] as const)('country %s %s is %s', (lang, code, name) => {
    expect(countryName(lang, code)).toBe(name);
  });
});

describe('counts and statuses', () => {
  it('puts the noun in the form the number asks for', () => {
    expect([1, 2, 5, 21, 112].map((n) => count('ru', n, 'communities'))).toEqual(['1 сообщество', '2 сообщества', '5 сообществ', '21 сообщество', '112 сообществ']);
    expect([1, 3].map((n) => count('en', n, 'communities'))).toEqual(['1 community', '3 communities']);
  });

  it('translates agreement statuses and keeps an unknown one as it is', () => {
    expect(statusLabel('ru', 'signed')).toBe('подписано');
    expect(statusLabel('en', 'planned')).toBe('planned');
    expect(statusLabel('ru', 'other')).toBe('other');
  });
});

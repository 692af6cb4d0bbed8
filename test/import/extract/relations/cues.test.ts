// The document words of a text: the pretest on stems never hides a match of the full pattern.
import { describe, expect, it } from 'vitest';
import { AGREEMENT_DOC, documentWords } from '../../../../import/extract/relations/cues.js';

describe('documentWords', () => {
  it.each([
    'Подписано Соглашение о сотрудничестве и протокол о намерениях.',
    'МЕМОРАНДУМ и договорённость, контракт, дорожная карта.',
    'Достигнута договоренность о встрече.',
    'Делегация посетила музей.',
    'Антисоглашение не документ, а соглашение — да.',
  ])('%s', (text) => {
    const all = [...text.matchAll(AGREEMENT_DOC)].map((m) => [m.index, m[0]]);
    expect(documentWords(text).map((m) => [m.index, m[0]])).toEqual(all);
  });
});

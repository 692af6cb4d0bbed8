import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { findPlaces } from '../../../../import/extract/finders/places.js';
import { renamedTowns } from '../../../../import/extract/finders/renamed-towns.js';

beforeAll(loadMorph);

/** The towns a sentence names, each at the spot it is named, once renamings are read. */
function towns(text: string): Array<[string, string]> {
  const { mentions, entities } = findPlaces(text);
  renamedTowns(text, mentions, entities);
  return mentions.filter((m) => m.kind === 'City').map((m) => [text.slice(m.start, m.end), entities.find((e) => e.id === m.id)!.name]);
}

describe('towns named by a former name, today\'s in parentheses', () => {
  it('gives the old name\'s spot today\'s town, named once', () => {
    expect(towns('Тверь подписала договор с городом Карл-Маркс-Штадт (ныне – Хемниц).')).toEqual([
      ['Тверь', 'Тверь'],
      ['Карл-Маркс-Штадт', 'Хемниц'],
    ]);
  });

  it('reads an old name no finder knows as a town, from today\'s', () => {
    expect(towns('В том году делегация Титограда (ныне Подгорица) посетила Тулу.')).toEqual([
      ['Титограда', 'Подгорица'],
      ['Тулу', 'Тула'],
    ]);
  });

  it('leaves a parenthesis that gives no new name alone', () => {
    expect(towns('Делегация Хемница (Германия) посетила Тулу.').map(([, name]) => name)).toEqual(['Хемниц', 'Тула']);
    // "ныне" before a word no town list knows: nothing changes
    expect(towns('с городом Толбухин (ныне Добровольный союз)').map(([, name]) => name)).toEqual(['Толбухин']);
  });
});

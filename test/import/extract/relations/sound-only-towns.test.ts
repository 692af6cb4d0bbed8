import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { countryIsGuess } from '../../../../import/extract/relations/sound-only-towns.js';
import type { Entity } from '../../../../import/extract/types.js';

beforeAll(loadMorph);

const town = (name: string, country: string): Entity => ({ id: `city:${name}`, kind: 'City', name, country });

describe("a town's country matched by sound alone", () => {
  it('is a guess for a small town of a country the text does not name, without a Russian name recorded', () => {
    // "Виляка" sounds like Portugal's Vila Chã (4,000 people), for which GeoNames records no Russian name
    expect(countryIsGuess(town('Виляка', 'PT'), new Set())).toBe(true);
    expect(countryIsGuess(town('Виляка', 'PT'), new Set(['PT']))).toBe(false);
  });

  it('is no guess for a town GeoNames records under that Russian name, or for a large one', () => {
    expect(countryIsGuess(town('Балви', 'LV'), new Set())).toBe(false);
    expect(countryIsGuess(town('Дортмунд', 'DE'), new Set())).toBe(false);
  });

  it('leaves the town unplaced in a report, where a stated country still places it', async () => {
    const guessed = await extractText('Псков, 9 мая 2023.\nДелегация Пскова посетила город Виляка, где возложила цветы.\n', { file: 'a.txt' });
    expect(guessed.relations.filter((r) => r.kind === 'LOCATED_IN')).toEqual([]);
    expect(guessed.entities.find((e) => e.name === 'Виляка')?.country).toBeNull();
    const stated = await extractText('Псков, 9 мая 2023.\nДелегация Пскова посетила город Виляка (Португалия).\n', { file: 'b.txt' });
    expect(stated.relations.filter((r) => r.kind === 'LOCATED_IN').map((r) => r.target)).toEqual(['country:PT']);
  });
});

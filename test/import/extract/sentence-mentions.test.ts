import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../../import/extract/sentence-mentions.js';

beforeAll(loadMorph);

const mentions = (text: string) =>
  mentionsOf({ text, start: 0, end: text.length }, 'city:omsk').mentions.map((m) => `${m.kind}:${m.id}:${m.via}`);

describe('sentence mentions', () => {
  it("a region's government stands for the region", () => {
    expect(mentions('Соглашение заключили Правительство Томской области и город Гомель.')).toEqual([
      'Region:region:tomskaya-oblast:authority',
      'City:city:gomel:name',
    ]);
  });

  it('people are entities but no mentions, and never cities', () => {
    const found = mentionsOf({ text: 'В Омск приехал Владимир Петров.', start: 0, end: 31 }, 'city:omsk');
    expect(found.mentions.map((m) => m.id)).toEqual(['city:omsk']);
    expect(found.entities.filter((e) => e.kind === 'Person').map((e) => e.name)).toEqual(['Владимир Петров']);
  });

  it("a first name after an office is the person's, not the office's city", () => {
    expect(mentions('Делегацию Тулы возглавил мэр Владимир Петров.')).toEqual(['City:city:tula:name']);
  });
});

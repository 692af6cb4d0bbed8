// The shape of a city's adjective or residents' name (`омская`, `Санкт-Петербургский`, `минчане`): found by its
// ending, and only at the end of the word; and the city it reads back to.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { randomStrings } from '../../../support/random-strings.js';
import { cityFromDerived, hasDerivedShape } from '../../../../import/extract/finders/city-derived.js';

describe('hasDerivedShape', () => {
  it.each([
    ['омская', true],
    ['Омского', true],
    ['Санкт-Петербургскими', true],
    ['ВЛАДИВОСТОКСКОМУ', true],
    ['омичи', true],
    ['минчанами', true],
    // residents in -цы: a shape worth asking about (whether a town derives from it is cityFromDerived's answer)
    ['новосибирцы', true],
    ['образцы', true],
    ['жильцом', false],
    ['ск', false],
    ['омский-то', false],
    ['москвичами😀', false],
    ['делегация', false],
  ])('%s: %s', (word, shaped) => {
    expect(hasDerivedShape(word)).toBe(shaped);
  });

  it('agrees with the shape pattern alone on random words made of the endings\' letters', () => {
    // The pattern the function's quick checks stand before (city-derived.ts DERIVED_SHAPE).
    const shape = /^(([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+-)?[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{2,}(ск|цк)(ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|их|ими|им|ою)|[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{2,}(ичи|ичей|ичам|ичами|ичах|ич|ича|ичу|чане|чан|чанам|чанами|жане|жан|цы|цев|цам|цами|цах|яки|яков|якам|яками|яках))$/iu;
    const letters = 'скцйаяоеиугмхюычнжвСКЦЙАЯОЕИУГМХЮЫЧНЖВ-бр';
    for (const word of randomStrings({ pool: letters, count: 20_000, min: 1, spread: 12, seed: 7 })) {
      expect(hasDerivedShape(word), word).toBe(shape.test(word));
    }
  });
});

describe('cityFromDerived', () => {
  beforeAll(loadMorph);

  it.each([
    ['омский', 'Омск'],
    ['Гомельская', 'Гомель'],
    // the alternations of foreign and indeclinable names
    ['Гродненский', 'Гродно'],
    ['тбилисские', 'Тбилиси'],
    ['бакинская', 'Баку'],
    ['Алматинского', 'Алматы'],
    ['токийский', 'Токио'],
    ['рижская', 'Рига'],
    ['одесские', 'Одесса'],
    // an adjective in -ской, and stems that change before the suffix
    ['Тверской', 'Тверь'],
    ['тульские', 'Тула'],
    ['пензенских', 'Пенза'],
    // a vowel the adjective puts between the stem's last consonants
    ['коломенская', 'Коломна'],
    ['кемеровская', 'Кемерово'],
    ['ярославские', 'Ярославль'],
    ['череповецкие', 'Череповец'],
    // a vowel or a syllable the town's name has not, and adjectives no alternation makes
    ['Московская', 'Москва'],
    ['вологодские', 'Вологда'],
    ['уфимской', 'Уфа'],
    ['нижегородская', 'Нижний Новгород'],
    ['орловские', 'Орёл'],
    ['великолукская', 'Великие Луки'],
    // a large town of the report's country that no hand list holds, confirmed by the world list's spelling
    ['новочеркасские', 'Новочеркасск'],
    ['Димитровградского', 'Димитровград'],
    // residents named from the town itself, or with -ск added
    ['кировчане', 'Киров'],
    ['брестчан', 'Брест'],
    ['омичи', 'Омск'],
    ['минчанами', 'Минск'],
    // residents in -цы, -яки, -жане
    ['ярославцы', 'Ярославль'],
    ['новгородцев', 'Великий Новгород'],
    ['пензенцами', 'Пенза'],
    ['туляки', 'Тула'],
    ['пермяков', 'Пермь'],
    ['вологжане', 'Вологда'],
    ['москвичи', 'Москва'],
    ['новосибирцы', 'Новосибирск'],
    // a smaller town's, when the dictionary does not know the word at all
    ['лангепасского', 'Лангепас'],
    ['лангепасцами', 'Лангепас'],
  ])('%s → %s', (word, city) => {
    expect(cityFromDerived(word)?.name).toBe(city);
  });

  // `китайские` sounds like Chita; `октябрьский` is a town's own name, itself an adjective; `ильинская` (from a
  // first name, as in the schools and villages named after it) sounds like Jilin, whose Russian names are others
  it.each([['ильинская'], ['российский'], ['детская'], ['американские'], ['советский'], ['китайские'], ['октябрьские'], ['городские'], ['образцы'], ['иностранцы'], ['жильцы'], ['казахстанцы'], ['Петрович']])('%s names no city', (word) => {
    expect(cityFromDerived(word)).toBeNull();
  });
});

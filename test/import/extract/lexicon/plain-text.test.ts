// Plain texts: the tokenizers find the same words on a plain text (cut by hand) as on the same text made non-plain
// (cut by their patterns).
import { beforeAll, describe, expect, it } from 'vitest';
import { randomStrings } from '../../../support/random-strings.js';
import { isPlain } from '../../../../import/extract/lexicon/plain-text.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { tokenize } from '../../../../import/extract/lexicon/word-tokens.js';
import { tokens } from '../../../../import/extract/finders/place-words.js';
import { findPersons } from '../../../../import/extract/finders/persons.js';
import { findCountriesInText } from '../../../../import/extract/finders/countries.js';

beforeAll(loadMorph);

const SENTENCES = [
  'Мэр Бреста А.Н. Рогачук и глава Тулы Дмитрий Миляев подписали соглашение № 12 (Республика Беларусь).',
  'Делегация Южно-Сахалинска посетила Санкт-Петербург и Ростов-на-Дону — 25‐летие дружбы!',
  'Компания Huawei и «Омский завод» провели онлайн-встречу с коллегами из Китая, Японии и Казахстана.',
  'Ёлки, Ѐ, ѝ, ǅ, Σπάρτη’s café «Ü» Žilina 1990-х годов.',
];
// A character outside the plain alphabet, that none of the patterns takes for a letter.
const NOT_PLAIN = ' ☺';

describe('plain texts', () => {
  it('tells plain texts', () => {
    expect(isPlain(SENTENCES[0]!)).toBe(true);
    expect(isPlain('Σπάρτη')).toBe(false);
    expect(isPlain(`Омск${NOT_PLAIN}`)).toBe(false);
    expect(isPlain('')).toBe(true);
  });

  it.each(SENTENCES)('the tokenizers agree on «%s» plain or not', (text) => {
    const slow = `${text}${NOT_PLAIN}`;
    expect(isPlain(slow)).toBe(false);
    expect(tokens(slow)).toEqual(tokens(text));
    expect(tokenize(slow).slice(0, -1)).toEqual(tokenize(text));
    expect(findPersons(slow)).toEqual(findPersons(text));
    expect(findCountriesInText(slow)).toEqual(findCountriesInText(text));
  });

  it('the person finder agrees plain or not on random strings of names, initials and spaces', () => {
    const pool = ['А.', 'Н.', 'Ё.', 'а.', ' ', ' ', '\u00a0', '.', ',', 'Петров', 'Иванова', 'Анна', 'мэр', 'РФ', 'Омск', '-'];
    for (const text of randomStrings({ pool, count: 3000, min: 0, spread: 12, seed: 7 })) {
      expect(findPersons(`${text}${NOT_PLAIN}`), JSON.stringify(text)).toEqual(findPersons(text));
    }
  });

  it.each([...SENTENCES, 'Делегация из İzmir и ÖSTERREICH.'])('each token of «%s» has its own lower case', (text) => {
    for (const t of tokenize(text)) expect(t.lower).toBe(t.text.toLowerCase());
  });
});

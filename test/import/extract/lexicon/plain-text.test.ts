// Plain texts: the explicit classes match exactly what the property classes match on the plain alphabet, and the
// tokenizers find the same words on a plain text (fast patterns) as on the same text made non-plain.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomStrings } from '../../../support/random-strings.js';
import { isPlain, plainClass } from '../../../../import/extract/lexicon/plain-text.js';
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

  it.each([/\p{L}/u, /\p{Lu}/u, /\p{Ll}/u, /[\p{L}\p{M}]/u, /[\p{L}\p{N}]/u, /[\p{L}\d]/u])('%s spelt out agrees on the plain alphabet', (property) => {
    const explicit = new RegExp(`[${plainClass(property)}]`);
    for (let c = 1; c < 0x2150; c++) {
      const ch = String.fromCharCode(c);
      if (!isPlain(ch)) continue;
      expect(explicit.test(ch), `U+${c.toString(16)}`).toBe(property.test(ch));
    }
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

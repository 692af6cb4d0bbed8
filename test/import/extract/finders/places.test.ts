import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { cityFromDerived, cityNominative, findPlaces } from '../../../../import/extract/finders/places.js';

beforeAll(loadMorph);

const cities = (text: string) =>
  findPlaces(text).mentions.filter((m) => m.kind === 'City').map((m) => `${m.id}:${m.via}`);

describe('places', () => {
  it.each([
    ['визит делегации в Гомель', ['city:gomel:name']],
    ['встреча с Гомелем', ['city:gomel:name']],
    ['в город-побратим Маньчжурию', ['city:manzhouli:name']],
    ['из Могилёва и Могилева', ['city:mogilev:name', 'city:mogilev:name']],
    ['делегация Нижнего Новгорода', ['city:nizhny-novgorod:name']],
    ['в Улан-Удэ и Санкт-Петербург', ['city:ulan-ude:name', 'city:saint-petersburg:name']],
    ['омские предприятия и томская делегация', ['city:omsk:adjective', 'city:tomsk:adjective']],
    ['омичи и минчане', ['city:omsk:residents', 'city:minsk:residents']],
    ['Мэром города Омска С.Н. Шелестом', ['city:omsk:name']],
    ['музей им. Павла Васильева', []],
  ])('%s', (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });

  it.each([
    ['в городе Тиват (Черногория)', 'Тиват', 'ME'],
    ['г. Блэксберг (США)', 'Блэксберг', 'US'],
    ['с городом Кызылордой', 'Кызылорда', null],
  ])('finds a city from its context: %s', (text, name, country) => {
    const found = findPlaces(text);
    const city = found.entities.find((e) => e.kind === 'City' && e.name === name);
    expect(city).toBeDefined();
    if (country) expect(city!.country).toBe(country);
  });

  it('reads a district as a municipality of its own', () => {
    const found = findPlaces('соглашение с Октябрьским районом г. Минска');
    expect(found.entities.map((e) => e.name)).toContain('Октябрьский район Минска');
  });

  it('keeps a region apart from its city', () => {
    const found = findPlaces('сотрудничество Омской области с Туркестанской областью');
    expect(found.mentions.map((m) => m.kind)).toEqual(['Region', 'Region']);
    expect(found.entities.map((e) => e.name)).toEqual(['Омская область', 'Туркестанская область']);
  });

  it.each([
    ['Кайфына', 'Кайфын'],
    ['Урумчи', 'Урумчи'],
    ['ОМСК', 'Омск'],
  ])('nominative of %s is %s', (word, nominative) => {
    expect(cityNominative(word)).toBe(nominative);
  });

  it.each([
    ['гомельских', 'city:gomel'],
    ['петербургский', 'city:saint-petersburg'],
    ['омичей', 'city:omsk'],
    ['красивый', null],
  ])('derived word %s is %s', (word, id) => {
    expect(cityFromDerived(word)?.id ?? null).toBe(id);
  });
});

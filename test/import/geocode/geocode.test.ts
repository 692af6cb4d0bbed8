// Geocoding names against GeoNames (import/geocode): qualifiers, most populous first, Russian names, keys.
import { describe, expect, it } from 'vitest';
import { coordinatesOf, geocode, placeId, placeKey } from '../../../import/geocode/index.js';
import { distanceKm, splitQualifier } from '../../../import/geocode/geocode.js';

const where = (name: string, iso2: string) => {
  const g = geocode(name, iso2);
  return g && { name: g.place.name, admin1: g.place.admin1, precision: g.precision, id: placeId(g.place) };
};

describe('geocode', () => {
  it('takes the most populous place when a name repeats in a country', () => {
    const bare = geocode('Springfield', 'US')!.place;
    const all = ['Illinois', 'Massachusetts', 'Ohio', 'Oregon'].map((s) => geocode(`Springfield, ${s}`, 'US')!.place);
    expect(all.every((p) => p.population <= bare.population)).toBe(true);
  });

  it.each([
    ['Springfield, Illinois', 'IL'],
    ['Springfield, Ohio', 'OH'],
    ['Springfield (Massachusetts)', 'MA'],
  ])('tells %s apart by its state', (name, admin1) => {
    expect(where(name, 'US')).toMatchObject({ name: 'Springfield', admin1, precision: 'place' });
  });

  it('gives distinct places distinct ids and one place one id', () => {
    const ids = ['Springfield, Illinois', 'Springfield, Ohio', 'Springfield'].map((n) => where(n, 'US')!.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe('city:springfield-us');
    expect(ids[0]).toBe('city:springfield-us-il');
    expect(where('Paris', 'FR')!.id).toBe(where('paris', 'FR')!.id);
  });

  it('matches Russian names and spelling variants', () => {
    expect(where('Новосибирск', 'RU')).toMatchObject({ name: 'Novosibirsk', precision: 'place' });
    expect(where('Харбин', 'CN')).toMatchObject({ name: 'Harbin' });
    expect(where('St. Petersburg', 'US')).toMatchObject({ name: 'St. Petersburg' });
    expect(where('Saint Petersburg', 'US')).toMatchObject({ name: 'St. Petersburg' });
    expect(where('Krakow', 'PL')).toMatchObject({ name: 'Kraków' });
  });

  it('places a district that GeoNames lacks at its city, approximately', () => {
    expect(where('Nowhereville-Ost (Hamburg)', 'DE')).toMatchObject({ name: 'Hamburg', precision: 'approximate' });
    expect(where('Hamburg – Nowhereville-Ost', 'DE')).toMatchObject({ name: 'Hamburg', precision: 'approximate' });
  });

  it('never takes a division for a town of its name, and leaves what it cannot tell apart', () => {
    expect(geocode('Springfield, Nowhere State', 'US')).toBeUndefined();
    expect(geocode('Qwxyzzy', 'FR')).toBeUndefined();
    expect(geocode('Paris', 'XX')).toBeUndefined();
  });

  it('drops a word that means the place itself', () => {
    expect(where('Lyon City', 'FR')).toMatchObject({ name: 'Lyon', precision: 'place' });
  });
});

describe('coordinates of', () => {
  it('tries each name within the country and never returns an approximate place', () => {
    const at = coordinatesOf([null, 'Екатеринбург'], 'RU')!;
    expect(distanceKm(at, { lat: 56.84, lon: 60.6 })).toBeLessThan(20);
    expect(coordinatesOf(['Nowhereville-Ost (Hamburg)'], 'DE')).toBeUndefined();
    expect(coordinatesOf(['Екатеринбург'], null)).toBeUndefined();
  });
});

describe('place key and qualifiers', () => {
  it.each([
    ['Saint-Étienne', 'saint etienne'],
    ['St. Étienne', 'saint etienne'],
    ["Xi'an", 'xian'],
    ['Xi’an', 'xian'],
    ['Łódź', 'lodz'],
    ['Омск', 'omsk'],
  ])('%s → %s', (name, key) => expect(placeKey(name)).toBe(key));

  it.each([
    ['Zemun (Belgrade)', { base: 'Zemun', qualifier: 'Belgrade', part: true }],
    ['Córdoba, Bolívar', { base: 'Córdoba', qualifier: 'Bolívar', part: false }],
    ['Berlin – Mitte', { base: 'Mitte', qualifier: 'Berlin', part: true }],
    ['Omsk', undefined],
  ])('splits %s', (name, parts) => expect(splitQualifier(name)).toEqual(parts));
});

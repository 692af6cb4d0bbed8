// Matching a twin list's city: gazetteer, GeoNames, existing node, or a new node (import/twins/match-city.ts).
import { describe, expect, it } from 'vitest';
import { matchCity, nameKey, newCityId } from '../../../import/twins/match-city.js';

describe('match city', () => {
  const existing = new Map([[nameKey('Existingville', 'DE'), 'city:existingville']]);

  it.each([
    ['Omsk', 'RU', 'city:omsk'],
    ['Омск', 'RU', 'city:omsk'],
    ['Homyel', 'BY', 'city:gomel'],
    ['Gomel', 'BY', 'city:gomel'],
  ])('finds %s (%s) in the gazetteer', (name, iso2, id) => {
    const m = matchCity(name, iso2, existing);
    expect(m).toMatchObject({ id, how: 'gazetteer', row: { kind: 'City', id } });
    expect(m.row.props).toMatchObject({ country: iso2 });
  });

  it('finds an existing node by name and country', () => {
    expect(matchCity('Existingville', 'DE', existing)).toMatchObject({ id: 'city:existingville', how: 'existing', row: { props: {} } });
    expect(matchCity('Existingville', 'AT', existing)).toMatchObject({ id: 'city:existingville-at', how: 'created' });
  });

  it('finds a GeoNames place, one node per place', () => {
    const il = matchCity('Springfield, Illinois', 'US', existing);
    expect(il).toMatchObject({ id: 'city:springfield-us-il', how: 'geonames', row: { props: { name: 'Springfield', country: 'US' }, variants: ['Springfield, Illinois'] } });
    expect(il.row.props.lat).toBeCloseTo(39.8, 0);
    expect(matchCity('Springfield, Ohio', 'US', existing).id).toBe('city:springfield-us-oh');
    expect(matchCity('Sao Paulo', 'BR', existing)).toMatchObject({ id: 'city:sao-paulo-br', how: 'geonames', row: { props: { name: 'São Paulo' } } });
  });

  it('places a new district node at its city', () => {
    const m = matchCity('Nowhereville-Ost (Hamburg)', 'DE', existing);
    expect(m).toMatchObject({ id: 'city:nowhereville-ost-hamburg-de', how: 'created', row: { props: { name: 'Nowhereville-Ost (Hamburg)' } } });
    expect(m.row.props.lat).toBeCloseTo(53.6, 0);
  });

  it('creates one node per name and country', () => {
    expect(matchCity('Monroe', 'FR', existing)).toEqual({
      id: 'city:monroe-fr',
      how: 'created',
      row: { kind: 'City', id: 'city:monroe-fr', props: { name: 'Monroe', nameEn: 'Monroe', country: 'FR' }, variants: [] },
    });
    expect(matchCity('Нововоронеж-Тест', 'RU', existing).row.props).toMatchObject({ name: 'Нововоронеж-Тест', nameEn: 'Novovoronezh-Test' });
    expect(newCityId('São Paulo', 'BR')).toBe('city:sao-paulo-br');
    expect(newCityId('Sao Paulo', 'BR')).toBe('city:sao-paulo-br');
  });
});

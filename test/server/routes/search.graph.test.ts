import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

describe('search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  const ids = async (q: string, extra = '') => {
    const res = await t.app.inject(`/api/search?q=${encodeURIComponent(q)}${extra}`);
    expect(res.statusCode).toBe(200);
    return (res.json().hits as Array<{ id: string }>).map((h) => h.id);
  };

  it.each([
    ['гомеля', 'city:gomel'],
    ['Гомелем', 'city:gomel'],
    ['гомел', 'city:gomel'],
    ['Гомль', 'city:gomel'],
    ['Gomel', 'city:gomel'],
    ['Urumqi', 'city:urumqi'],
    ['Ürümqi', 'city:urumqi'],
    ['Урумчи', 'city:urumqi'],
    ['Omsk', 'city:omsk'],
    ['omsk', 'city:omsk'],
    ['ОМСКЕ', 'city:omsk'],
    ['petropavlovsk', 'city:petropavl'],
    ['Rossiya', 'country:RU'],
    ['sankt-peterburg', 'city:saint-petersburg'],
  ])('finds %s: %s first', async (q, id) => {
    expect((await ids(q))[0]).toBe(id);
  });

  it.each([
    ['ом', 'city:omsk'],
    ['томс', 'city:tomsk'],
    ['urum', 'city:urumqi'],
    ['petropavl', 'city:petropavl'],
  ])('finds %s, a prefix being typed, among the hits: %s', async (q, id) => {
    expect(await ids(q, '&limit=20')).toContain(id);
  });

  it('filters by entity kind', async () => {
    const found = await ids('омск', '&kinds=Institution&limit=5');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id.startsWith('inst:'))).toBe(true);
  });

  it('answers a query of symbols only with no hits', async () => {
    expect(await ids('***')).toEqual([]);
  });

  it('answers 400 naming each bad field', async () => {
    const res = await t.app.inject('/api/search?q=&kinds=Planet&limit=500');
    expect(res.statusCode).toBe(400);
    const fields = res.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['q', 'kinds.0', 'limit']));
  });
});

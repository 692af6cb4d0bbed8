// Search ranking on a graph with places of one name: the exact name first, then the better-known place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

/** Made-up places for this file only (ids under city:test-rank-), removed again afterwards. */
const PLACES = [
  { id: 'city:test-rank-paris-fr', name: 'Париж', nameEn: 'Paris', country: 'FR', population: 2_100_000, forms: 'париж paris парижа парижу парижем париже' },
  { id: 'city:test-rank-paris-us', name: 'Paris', nameEn: 'Paris', country: 'US', population: 25_000, forms: 'paris' },
  { id: 'city:test-rank-parisville', name: 'Parisville', nameEn: 'Parisville', country: 'US', population: 9_000_000, forms: 'parisville' },
];

describe('search ranking', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
    await t.app.db.driver.executeQuery(
      `UNWIND $places AS p
       CREATE (c:City:Entity {id: p.id, name: p.name, nameEn: p.nameEn, country: p.country, population: p.population, searchText: p.forms})`,
      { places: PLACES },
    );
    // The small Paris has more partners than the large one: population decides before degree.
    await t.app.db.driver.executeQuery(
      `MATCH (us:City {id: 'city:test-rank-paris-us'})
       UNWIND range(1, 3) AS i
       CREATE (us)-[:TWIN]->(:City:Entity {id: 'city:test-rank-partner-' + i, name: 'Partner ' + i, country: 'US', searchText: 'partner'})`,
    );
  });
  afterAll(async () => {
    await t.app.db.driver.executeQuery("MATCH (c:City) WHERE c.id STARTS WITH 'city:test-rank-' DETACH DELETE c");
    await t.close();
  });

  const ids = async (q: string) => {
    const res = await t.app.inject(`/api/search?q=${encodeURIComponent(q)}&limit=10`);
    expect(res.statusCode).toBe(200);
    return (res.json().hits as Array<{ id: string }>).map((h) => h.id);
  };

  it('puts the exact name first, the more populous place first among exact names', async () => {
    const found = await ids('Paris');
    expect(found.slice(0, 2)).toEqual(['city:test-rank-paris-fr', 'city:test-rank-paris-us']);
    // A longer name that starts with the query comes after them, however large.
    expect(found.indexOf('city:test-rank-parisville')).toBeGreaterThan(1);
    expect((await ids('Париж'))[0]).toBe('city:test-rank-paris-fr');
    expect((await ids('парижем'))[0]).toBe('city:test-rank-paris-fr');
  });

  it('ranks by degree among places of one name when populations are unknown', async () => {
    // Гомель and the sample graph's other cities carry a population from the gazetteer; a made-up one does not.
    const [row] = (await t.app.db.driver.executeQuery("MATCH (c:City {id: 'city:gomel'}) RETURN c.population AS p")).records;
    expect(row?.get('p')).toBeGreaterThan(100_000);
    await t.app.db.driver.executeQuery(
      `CREATE (:City:Entity {id: 'city:test-rank-partner-alone', name: 'Partner 1', country: 'CA', searchText: 'partner'})`,
    );
    const found = await ids('Partner 1');
    expect(found[0]).toBe('city:test-rank-partner-1');
    expect(found).toContain('city:test-rank-partner-alone');
  });
});

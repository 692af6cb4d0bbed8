import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

describe('timeline', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('counts facts per year and kind around Томск', async () => {
    const res = await t.app.inject('/api/timeline?ids=city:tomsk&kinds=AGREEMENT,VISIT');
    expect(res.statusCode).toBe(200);
    const { years, undated } = res.json();
    const y2024 = years.find((y: { year: number }) => y.year === 2024);
    expect(y2024.byKind).toMatchObject({ AGREEMENT: 2, VISIT: 1 });
    expect(y2024.total).toBe(3);
    expect(undated.byKind.AGREEMENT).toBeGreaterThan(5);
  });

  it('covers the whole graph without ids, years ascending', async () => {
    const { years } = (await t.app.inject('/api/timeline')).json();
    expect(years.map((y: { year: number }) => y.year)).toEqual(expect.arrayContaining([2016, 2021, 2023, 2024]));
    const list = years.map((y: { year: number }) => y.year);
    expect(list).toEqual([...list].sort());
  });

  it('answers 404 for an unknown id', async () => {
    expect((await t.app.inject('/api/timeline?ids=city:atlantis')).statusCode).toBe(404);
  });
});

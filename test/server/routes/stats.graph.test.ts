import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, TEST_TOKEN, type TestApp } from '../../support/app.js';

describe('stats', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ token: true });
  });
  afterAll(async () => t.close());

  it('gives counts, degrees, components, top cities and communities', async () => {
    const res = await t.app.inject('/api/stats');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.labels).toMatchObject({ Report: 5 });
    expect(s.kinds.TWIN).toBeGreaterThan(0);
    expect(s.topByDegree[0].id).toBe('city:omsk');
    expect(s.topByBetweenness[0].id).toBe('city:omsk');
    expect(s.topByPageRank.map((r: { id: string }) => r.id)).toContain('city:tomsk');
    expect(s.components.giantShare).toBeGreaterThan(0.5);
    expect(s.degreeDistribution.reduce((n: number, d: { cities: number }) => n + d.cities, 0)).toBe(s.cities);
    expect(s.communities.length).toBeGreaterThan(1);
  });

  it('serves from the cache until an import changes the graph', async () => {
    expect((await t.app.inject('/api/stats')).json().cached).toBe(true);
    const id = (await t.app.inject('/api/reports')).json().reports.find((r: { file: string }) => r.file === 'omsk-2025.txt').id;
    const del = await t.app.inject({ method: 'DELETE', url: `/api/reports/${id}`, headers: { authorization: `Bearer ${TEST_TOKEN}` } });
    expect(del.statusCode).toBe(200);
    const after = (await t.app.inject('/api/stats')).json();
    expect(after.cached).toBe(false);
    expect(after.labels.Report).toBe(4);
  });
});

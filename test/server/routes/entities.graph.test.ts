import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

describe('entities', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('gives one entity with relation counts and the reports that mention it', async () => {
    const res = await t.app.inject('/api/entities/city:gomel');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: 'city:gomel', kind: 'City', name: 'Гомель', nameEn: 'Gomel', country: 'BY' });
    expect(body.relationCounts).toMatchObject({ TWIN: 1, AGREEMENT: 1 });
    expect(body.reports.map((r: { file: string }) => r.file)).toEqual(['omsk-2023.txt', 'tomsk-2024.txt']);
    expect(body.properties.searchText).toBeUndefined();
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await t.app.inject('/api/entities/city:atlantis')).statusCode).toBe(404);
    const bad = await t.app.inject('/api/entities/omsk');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].field).toBe('id');
  });
});

describe('neighbours', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('gives the subgraph around a city in the shared shape, edges with graph ids', async () => {
    const res = await t.app.inject('/api/entities/city:tomsk/neighbours?kinds=AGREEMENT');
    expect(res.statusCode).toBe(200);
    const { nodes, edges, truncated } = res.json();
    expect(truncated).toBe(false);
    expect(nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['city:tomsk', 'city:gomel', 'city:minsk']));
    expect(edges.every((e: { kind: string }) => e.kind === 'AGREEMENT')).toBe(true);
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(edges[0].id).toMatch(/^5:/);
  });

  it('walks deeper with depth and stops at the limit', async () => {
    const one = (await t.app.inject('/api/entities/city:tomsk/neighbours?kinds=AGREEMENT,TWIN')).json();
    const two = (await t.app.inject('/api/entities/city:tomsk/neighbours?kinds=AGREEMENT,TWIN&depth=2')).json();
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.map((n: { id: string }) => n.id)).toContain('city:omsk');
    const cut = (await t.app.inject('/api/entities/city:tomsk/neighbours?depth=3&limit=3')).json();
    expect(cut.edges).toHaveLength(3);
    expect(cut.truncated).toBe(true);
  });

  it('filters by year', async () => {
    const res = (await t.app.inject('/api/entities/city:omsk/neighbours?yearFrom=2023&yearTo=2023')).json();
    expect(res.edges.length).toBeGreaterThan(0);
    expect(res.edges.every((e: { year: number }) => e.year === 2023)).toBe(true);
  });

  it('answers 400 naming each bad field, 404 for an unknown id', async () => {
    const bad = await t.app.inject('/api/entities/city:omsk/neighbours?depth=4&kinds=FRIEND&yearFrom=2024&yearTo=2020');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['depth', 'kinds.0']));
    expect((await t.app.inject('/api/entities/city:omsk/neighbours?yearFrom=2024&yearTo=2020')).json().issues[0].field).toBe('yearTo');
    expect((await t.app.inject('/api/entities/city:atlantis/neighbours')).statusCode).toBe(404);
  });
});

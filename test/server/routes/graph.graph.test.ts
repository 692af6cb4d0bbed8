import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

describe('graph', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('gives the overview without LOCATED_IN by default, every edge end among the nodes', async () => {
    const res = await t.app.inject('/api/graph');
    expect(res.statusCode).toBe(200);
    const { nodes, edges, truncated } = res.json();
    expect(truncated).toBe(false);
    expect(edges.length).toBeGreaterThan(50);
    expect(edges.some((e: { kind: string }) => e.kind === 'LOCATED_IN')).toBe(false);
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('filters by kinds, countries, years, source and minimum degree', async () => {
    const twinsBY = (await t.app.inject('/api/graph?kinds=TWIN&countries=by')).json();
    expect(twinsBY.edges.every((e: { kind: string }) => e.kind === 'TWIN')).toBe(true);
    expect(twinsBY.edges.every((e: { source: string; target: string }) => [e.source, e.target].some((id) => ['city:gomel', 'city:minsk', 'city:mogilev'].includes(id)))).toBe(true);
    const y2024 = (await t.app.inject('/api/graph?yearFrom=2024&yearTo=2024&source=report')).json();
    expect(y2024.edges.length).toBeGreaterThan(0);
    expect(y2024.edges.every((e: { year: number }) => e.year === 2024)).toBe(true);
    expect((await t.app.inject('/api/graph?source=csv')).json().edges).toEqual([]);
    const hubs = (await t.app.inject('/api/graph?kinds=TWIN,AGREEMENT,PARTNER&minDegree=5')).json();
    const hubIds = hubs.nodes.map((n: { id: string }) => n.id);
    expect(hubIds).toContain('city:omsk');
    // Monroe has one edge (to Tomsk), so it goes, and so does that edge.
    expect(hubIds).not.toContain('city:monroe');
    expect((await t.app.inject('/api/graph?limit=5')).json()).toMatchObject({ truncated: true });
  });

  it('answers 400 naming each bad field', async () => {
    const res = await t.app.inject('/api/graph?countries=Russia&source=web&limit=0');
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['countries.0', 'source', 'limit']));
  });
});

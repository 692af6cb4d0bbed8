import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

const SCHOOL = 'inst:srednya-shkola-75-gomelya';
const UNIVERSITY = 'inst:omskiy-gosuda-univer-f-m-dostoye';

describe('paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ limits: { expensivePerMinute: 8 } });
  });
  afterAll(async () => t.close());

  it('finds the path from a school in Gomel to Omsk State University, each hop with relation and evidence', async () => {
    const res = await t.app.inject(`/api/paths?from=${SCHOOL}&to=${UNIVERSITY}&k=3`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.paths.length).toBeGreaterThanOrEqual(2);
    expect(body.paths.length).toBeLessThanOrEqual(4);
    const [shortest] = body.paths;
    expect(shortest.length).toBe(3);
    expect(shortest.nodes[0]).toBe(SCHOOL);
    expect(shortest.nodes.at(-1)).toBe(UNIVERSITY);
    for (const hop of shortest.hops) {
      expect([hop.relation.source, hop.relation.target].sort()).toEqual([hop.from, hop.to].sort());
      expect(hop.relation.evidence.length).toBeGreaterThan(0);
    }
    const lengths = body.paths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const onPaths = new Set(body.nodes.map((n: { id: string }) => n.id));
    expect(onPaths.has('city:gomel')).toBe(true);
  });

  it('respects maxHops and kinds', async () => {
    const short = (await t.app.inject(`/api/paths?from=${SCHOOL}&to=${UNIVERSITY}&maxHops=2`)).json();
    expect(short.paths).toEqual([]);
    const twins = (await t.app.inject('/api/paths?from=city:gomel&to=city:omsk&kinds=TWIN&k=0')).json();
    expect(twins.paths).toHaveLength(1);
    expect(twins.paths[0].hops[0].relation.kind).toBe('TWIN');
  });

  it('answers 400 past the bounds and 404 for unknown ends', async () => {
    const bad = await t.app.inject(`/api/paths?from=${SCHOOL}&to=${SCHOOL}&maxHops=7&k=6`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['maxHops', 'k']));
    expect((await t.app.inject(`/api/paths?from=${SCHOOL}&to=city:atlantis`)).statusCode).toBe(404);
  });

  it('answers 429 when one client asks too often', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await t.app.inject('/api/paths?from=city:gomel&to=city:omsk&k=0')).statusCode);
    expect(statuses).toContain(429);
    const res = await t.app.inject('/api/paths?from=city:gomel&to=city:omsk&k=0');
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ code: 'rate_limited' });
  });
});

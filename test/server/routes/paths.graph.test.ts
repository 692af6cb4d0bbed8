import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';
import { pathsCypher } from '../../../server/repository/paths.js';
import { RELATION_KINDS } from '../../../import/extract/types.js';

const SCHOOL = 'inst:srednya-shkola-75-gomelya';
const UNIVERSITY = 'inst:omskiy-gosuda-univer-f-m-dostoye';

describe('paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ limits: { expensivePerMinute: 12 } });
  });
  afterAll(async () => t.close());

  it('finds the path from a school in Gomel to Omsk State University, each hop with relation and evidence', async () => {
    const res = await t.app.inject(`/api/paths?from=${SCHOOL}&to=${UNIVERSITY}&k=3`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Parallel relations over one route (a twin tie and a contact, Гомель–Омск) are one path, not alternatives.
    expect(body.paths.length).toBeGreaterThanOrEqual(1);
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

  it('gives alternatives with distinct routes that never come back to a node or cross a country', async () => {
    const body = (await t.app.inject('/api/paths?from=city:gomel&to=city:omsk&k=5&maxHops=4')).json();
    expect(body.paths.length).toBeGreaterThan(1);
    const routes = body.paths.map((p: { nodes: string[] }) => p.nodes.join('>'));
    expect(new Set(routes).size).toBe(routes.length);
    for (const p of body.paths as Array<{ nodes: string[] }>) {
      expect(new Set(p.nodes).size).toBe(p.nodes.length);
      expect(p.nodes.slice(1, -1).filter((id) => id.startsWith('country:'))).toEqual([]);
    }
  });

  it('answers 422 for two countries, and a country only as an end otherwise', async () => {
    const res = await t.app.inject('/api/paths?from=country:RU&to=country:US');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'unjoinable_endpoints' });
    const toCountry = await t.app.inject('/api/paths?from=city:omsk&to=country:BY&k=2');
    expect(toCountry.statusCode).toBe(200);
    const found = toCountry.json().paths as Array<{ nodes: string[]; hops: Array<{ relation: { kind: string } }> }>;
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p.nodes.filter((id) => id.startsWith('country:'))).toEqual(['country:BY']);
      expect(p.hops.at(-1)!.relation.kind).toBe('LOCATED_IN');
    }
  });

  it('is planned as a search from both ends with the type test inside it', async () => {
    const text = pathsCypher('Institution', 'City', RELATION_KINDS.slice(), 6, 6);
    const { summary } = await t.app.db.driver.executeQuery(`EXPLAIN ${text}`, { from: SCHOOL, to: 'city:omsk', kinds: ['TWIN'], k: 6 });
    const operators: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      operators.push(p.operatorType.replace(/@.*/, ''));
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(operators).toContain('StatefulShortestPath(Into)');
    expect(operators).not.toContain('StatefulShortestPath(All)');
  });
  it('answers 429 when one client asks too often', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await t.app.inject('/api/paths?from=city:gomel&to=city:omsk&k=0')).statusCode);
    expect(statuses).toContain(429);
    const res = await t.app.inject('/api/paths?from=city:gomel&to=city:omsk&k=0');
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ code: 'rate_limited' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';
import { pathsCypher } from '../../../server/repository/paths.js';
import { RELATION_KINDS } from '../../../neo4j/model/kinds.js';

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

describe('paths alternatives', () => {
  let u: TestApp;
  beforeAll(async () => {
    u = await openTestApp({ limits: { expensivePerMinute: 1000 } });
  });
  afterAll(async () => u.close());

  it('gives k answers with distinct node sequences whenever they exist, the shortest ones, none missed', async () => {
    // Every trail within the bounds, enumerated without SHORTEST (fine on the samples), then reduced to simple
    // node sequences: what the answer should be drawn from, shortest first.
    // An institution may step out to its city at either end; cities have no end hop.
    const truth = async (from: string, to: string, maxHops: number): Promise<string[][]> => {
      const out = from.startsWith('inst:') ? '(()-[:LOCATED_IN]->()){0,1}' : '';
      const into = to.startsWith('inst:') ? '(()<-[:LOCATED_IN]-()){0,1}' : '';
      const { records } = await u.app.db.driver.executeQuery(
        `MATCH p = (a {id: $from})${out}(()-[r]-() WHERE type(r) IN $inner){0,${maxHops}}${into}(b {id: $to})
         WHERE length(p) <= $maxHops
         RETURN [n IN nodes(p) | n.id] AS route`,
        { from, to, maxHops, inner: RELATION_KINDS.filter((k) => k !== 'LOCATED_IN') },
      );
      const routes = new Map<string, string[]>();
      for (const r of records) {
        const route = r.get('route') as string[];
        if (new Set(route).size === route.length) routes.set(route.join('>'), route);
      }
      return [...routes.values()].sort((x, y) => x.length - y.length);
    };
    const pairs: Array<[string, string]> = [
      [SCHOOL, UNIVERSITY],
      ['city:gomel', 'city:omsk'],
      ['city:omsk', 'city:gomel'],
      ['city:tomsk', 'city:omsk'],
      ['city:minsk', 'city:gomel'],
    ];
    let withAlternatives = 0;
    for (const [from, to] of pairs) {
      const expected = await truth(from, to, 4);
      for (const k of [1, 3, 5]) {
        const res = await u.app.inject(`/api/paths?from=${from}&to=${to}&k=${k}&maxHops=4`);
        expect(res.statusCode).toBe(200);
        const got = res.json().paths as Array<{ nodes: string[]; length: number }>;
        const routes = got.map((p) => p.nodes.join('>'));
        expect(new Set(routes).size, `${from} → ${to}, k=${k}: two answers share a node sequence`).toBe(routes.length);
        expect(got.length, `${from} → ${to}, k=${k}: ${expected.length} routes exist`).toBe(Math.min(k + 1, expected.length));
        // The shortest ones: the lengths match the best possible, route for route (ties may come in any order).
        expect(got.map((p) => p.length)).toEqual(expected.slice(0, got.length).map((r) => r.length - 1));
        const known = new Set(expected.map((r) => r.join('>')));
        for (const route of routes) expect(known.has(route), `${route} is not a simple route within the bounds`).toBe(true);
        if (got.length > 1) withAlternatives++;
      }
    }
    expect(withAlternatives).toBeGreaterThan(0);
  }, 120_000);
});

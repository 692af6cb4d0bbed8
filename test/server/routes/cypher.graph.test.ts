import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, TEST_TOKEN, type TestApp } from '../../support/app.js';

const headers = { authorization: `Bearer ${TEST_TOKEN}` };

describe('cypher', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ token: true, limits: { expensivePerMinute: 12 } });
  });
  afterAll(async () => t.close());

  const post = (payload: object, h: Record<string, string> = headers) => t.app.inject({ method: 'POST', url: '/api/cypher', payload, headers: h });

  it('runs a read query with parameters and gives plain rows', async () => {
    const res = await post({ query: 'MATCH (c:City {id: $id}) RETURN c.name AS name, c AS node', params: { id: 'city:omsk' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.columns).toEqual(['name', 'node']);
    expect(body.rows[0]).toMatchObject({ name: 'Омск', node: { labels: ['City', 'Entity'], properties: { nameEn: 'Omsk' } } });
  });

  it('caps the rows', async () => {
    const body = (await post({ query: 'UNWIND range(1, 100) AS x RETURN x', maxRows: 10 })).json();
    expect(body.rows).toHaveLength(10);
    expect(body.truncated).toBe(true);
  });

  it('has a write refused by the database (403)', async () => {
    const res = await post({ query: "CREATE (c:City {id: 'city:sneaky'}) RETURN c" });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('query_refused');
    const check = (await post({ query: "MATCH (c:City {id: 'city:sneaky'}) RETURN count(c) AS n" })).json();
    expect(check.rows[0].n).toBe(0);
  });

  it('stops a query past its timeout (504)', async () => {
    const res = await post({ query: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)', timeoutMs: 200 });
    expect(res.statusCode).toBe(504);
    expect(res.json().code).toBe('query_timeout');
  });

  it('answers 400 for bad Cypher and for bad fields, 401 without the token', async () => {
    expect((await post({ query: 'MATC (n) RETURN n' })).json().code).toBe('bad_query');
    const bad = await post({ query: '', timeoutMs: 10 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(['query', 'timeoutMs']);
    expect((await post({ query: 'RETURN 1' }, {})).statusCode).toBe(401);
  });

  it('answers 429 past the per-client limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await post({ query: 'RETURN 1 AS one' })).statusCode);
    expect(statuses).toContain(429);
  });
});

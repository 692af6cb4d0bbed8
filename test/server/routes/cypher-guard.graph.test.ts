// /api/cypher refuses everything but reads of the graph, naming the clause or procedure, and lets reads through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, TEST_TOKEN, type TestApp } from '../../support/app.js';

const headers = { authorization: `Bearer ${TEST_TOKEN}` };

describe('cypher guard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ token: true, limits: { expensivePerMinute: 1_000 } });
  });
  afterAll(async () => t.close());

  const post = (query: string, params: object = {}) =>
    t.app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params }, headers });

  it.each([
    ["LOAD CSV FROM 'file:///proc/self/environ' AS line RETURN line", 'LOAD CSV'],
    ['LOAD CSV WITH HEADERS FROM $url AS row RETURN row', 'LOAD CSV'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'TERMINATE TRANSACTIONS'],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
    ['SHOW USERS', 'SHOW USERS'],
    ['SHOW SETTINGS', 'SHOW SETTINGS'],
    ['CALL dbms.listConfig()', 'CALL dbms.listConfig'],
    ['CALL dbms.showCurrentUser()', 'CALL dbms.showCurrentUser'],
    ["CALL db.createLabel('Sneaky')", 'CALL db.createLabel'],
    ['MATCH (c:City) WITH c LIMIT 1 CALL { CALL dbms.components() YIELD name RETURN name } RETURN name', 'CALL dbms.components'],
    ["MERGE (c:City {id: 'city:sneaky'}) RETURN c", 'MERGE'],
    ["MATCH (c:City {id: 'city:omsk'}) SET c.name = 'x'", 'SET'],
    ["MATCH (c:City {id: 'city:omsk'}) DETACH DELETE c", 'DELETE'],
    ['CREATE INDEX sneaky FOR (n:City) ON (n.secret)', 'CREATE INDEX'],
    ['MATCH (c:City) CALL (c) { DETACH DELETE c } IN TRANSACTIONS', 'CALL … IN TRANSACTIONS'],
  ])('refuses %s, naming %s', async (query, clause) => {
    const res = await post(query, { url: 'http://127.0.0.1:1/x.csv' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'query_refused', message: expect.stringContaining(`${clause} is not allowed`) });
  });

  it('changes nothing while refusing', async () => {
    const rows = (await post("MATCH (c:City {id: 'city:omsk'}) RETURN c.name AS name")).json().rows;
    expect(rows).toEqual([{ name: 'Омск' }]);
    const labels = (await post('CALL db.labels() YIELD label RETURN collect(label) AS labels')).json().rows[0].labels;
    expect(labels).not.toContain('Sneaky');
    expect((await post('SHOW INDEXES YIELD name WHERE name = "sneaky" RETURN name')).json().rows).toEqual([]);
  });

  it.each([
    ['CALL db.labels()'],
    ['CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType'],
    ["CALL db.index.fulltext.queryNodes('entity_names', 'омск') YIELD node RETURN node.id AS id LIMIT 1"],
    ['SHOW INDEXES'],
    ['EXPLAIN MATCH (c:City) RETURN c'],
    ['MATCH p = (:City)-[:TWIN]-(:City) RETURN p LIMIT 2'],
  ])('lets the read %s through', async (query) => {
    const res = await post(query);
    expect(res.statusCode, res.body).toBe(200);
  });
});

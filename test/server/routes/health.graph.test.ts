import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app.js';
import { loadConfig } from '../../../neo4j/config.js';
import { createDriver, GraphDb } from '../../../neo4j/db/graph-db.js';
import { findFreePort } from '../../../neo4j/embedded.js';
import { openTestDb } from '../../support/graph.js';

describe('health', () => {
  let up: FastifyInstance;
  let down: FastifyInstance;
  let downDb: GraphDb;
  beforeAll(async () => {
    up = await buildApp({ db: await openTestDb(), config: loadConfig({}) });
    // Nothing listens on a freshly freed port, so this driver sees the database as down.
    downDb = new GraphDb(createDriver({ uri: `bolt://127.0.0.1:${await findFreePort()}` }));
    down = await buildApp({ db: downDb, config: loadConfig({}) });
  });
  afterAll(async () => {
    await up.close();
    await up.db.close();
    await down.close();
    await downDb.close();
  });

  it('says the database is up', async () => {
    const res = await up.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('answers 503 with a clear body when the database is down', async () => {
    const res = await down.inject('/api/health');
    expect(res.statusCode).toBe(503);
    const body = res.json();
    expect(body).toMatchObject({ status: 'unavailable', database: { status: 'down' } });
    expect(body.database.message).toMatch(/not answering/);
  });

  it('serves the OpenAPI document with the health route', async () => {
    const res = await up.inject('/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/health']).toBeDefined();
  });

  it('answers unknown routes with a stable 404 body', async () => {
    const res = await up.inject('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });
});

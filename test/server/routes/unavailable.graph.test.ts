import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app.js';
import { loadConfig } from '../../../neo4j/config.js';
import { createDriver, GraphDb } from '../../../neo4j/db/graph-db.js';
import { findFreePort } from '../../../neo4j/embedded.js';
import { openTestDb } from '../../support/graph.js';

describe('database unavailable', () => {
  let app: FastifyInstance;
  let db: GraphDb;
  beforeAll(async () => {
    // Nothing listens on a freshly freed port, so every query finds the database down.
    db = new GraphDb(createDriver({ uri: `bolt://127.0.0.1:${await findFreePort()}` }));
    app = await buildApp({ db, config: loadConfig({}) });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers 503 with a clear message, then at once while it stays down', async () => {
    const res = await app.inject('/api/search?q=omsk');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'database_unavailable', message: expect.stringMatching(/unreachable/) });
    // At once: the breaker answers without sending the query (which would wait out the driver's retries).
    const executeQuery = db.driver.executeQuery.bind(db.driver);
    let queries = 0;
    db.driver.executeQuery = ((...args: Parameters<typeof executeQuery>) => {
      queries++;
      return executeQuery(...args);
    }) as typeof db.driver.executeQuery;
    const again = await app.inject('/api/entities/city:omsk');
    expect(again.statusCode).toBe(503);
    expect(queries).toBe(0);
  }, 60_000);

  it('recovers by itself when the database answers again', async () => {
    // The same app, now pointed at the running test database: the breaker's ping finds it up.
    const live = await openTestDb();
    (app as unknown as { db: GraphDb }).db = live;
    await new Promise((r) => setTimeout(r, 1_100));
    const res = await app.inject('/api/reports');
    expect(res.statusCode).toBe(200);
    await live.close();
  }, 30_000);
});

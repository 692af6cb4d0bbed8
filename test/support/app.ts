// A test app on the run's Neo4j with the sample reports loaded; close() closes the app and its driver.
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../server/app.js';
import { loadConfig } from '../../neo4j/config.js';
import { openTestDb } from './graph.js';
import { loadSamples } from './samples.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface TestApp {
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function openTestApp(opts: { token?: boolean; limits?: AppOptions['limits'] } = {}): Promise<TestApp> {
  const db = await openTestDb();
  await loadSamples(db);
  const config = loadConfig(opts.token ? { TWINGRAPH_API_TOKEN: TEST_TOKEN } : {});
  const app = await buildApp({ db, config, limits: opts.limits });
  return {
    app,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

// The statistics of one graph version are computed once for every request that asks meanwhile: the first
// requester's client hanging up must not cancel the computation the others wait for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { stats } from '../../../server/repository/stats.js';
import { cityMetrics } from '../../../server/repository/city-metrics.js';
import { graphVersion } from '../../../server/repository/graph-version.js';
import { cypher } from '../../../neo4j/db/cypher.js';
import { openTestDb } from '../../support/graph.js';

describe('stats shared between requests', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => db.close());

  it('answers a request that joined the computation when the request that started it hangs up', async () => {
    let computations = 0;
    const metricsOf = async (...args: Parameters<typeof cityMetrics>) => {
      computations++;
      return cityMetrics(...args);
    };
    const first = new AbortController();
    let joined: ReturnType<typeof stats> | undefined;
    // The computation's city-graph read waits until a second request has joined the computation; then the first
    // request's client hangs up as the read starts.
    const driver = db.driver;
    const executeQuery = driver.executeQuery.bind(driver);
    driver.executeQuery = (async (...args: Parameters<typeof executeQuery>) => {
      if (args[0] === cypher('city-graph') && !joined) {
        joined = stats(db.withSignal(new AbortController().signal), ['TWIN'], metricsOf);
        await graphVersion(db);
        await new Promise((resolve) => setImmediate(resolve));
        const rows = executeQuery(...args);
        first.abort();
        return rows;
      }
      return executeQuery(...args);
    }) as typeof executeQuery;
    const started = stats(db.withSignal(first.signal), ['TWIN'], metricsOf).catch((err: Error) => err);
    await started;
    expect(joined).toBeDefined();
    const answer = await joined!;
    expect(answer.cached).toBe(true);
    expect(answer.labels).toBeTypeOf('object');
    expect(computations).toBe(1);
    driver.executeQuery = executeQuery;
  });
});

// The graph-version check: concurrent callers share one query, and a caller never gets a version read before it asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { graphVersion } from '../../../server/repository/graph-version.js';
import { openTestDb } from '../../support/graph.js';

/** Counts the version queries `db` runs; `hold` keeps the next one's answer back until released. */
function watch(db: GraphDb) {
  const original = db.readAutoCommit.bind(db);
  const seen = { queries: 0, release: () => {}, held: false };
  db.readAutoCommit = (async (...args: Parameters<GraphDb['readAutoCommit']>) => {
    seen.queries++;
    const rows = await original(...args);
    if (seen.held) {
      seen.held = false;
      await new Promise<void>((resolve) => (seen.release = resolve));
    }
    return rows;
  }) as GraphDb['readAutoCommit'];
  return seen;
}

describe('graph version', () => {
  let reader: GraphDb;
  let writer: GraphDb;
  beforeAll(async () => {
    reader = await openTestDb();
    writer = await openTestDb();
  });
  afterAll(async () => {
    await writer.writeTx((tx) => tx.run('MATCH (p:VersionProbe) DELETE p'));
    await reader.close();
    await writer.close();
  });

  it('answers eight concurrent callers with at most two queries', async () => {
    const seen = watch(reader);
    const versions = await Promise.all(Array.from({ length: 8 }, () => graphVersion(reader)));
    expect(new Set(versions).size).toBe(1);
    expect(seen.queries).toBeGreaterThan(0);
    expect(seen.queries).toBeLessThanOrEqual(2);
  });

  it('gives a caller a version read after it asked, even while an older check is still running', async () => {
    const seen = watch(reader);
    seen.held = true;
    const before = graphVersion(reader); // read now, answered only when released
    await new Promise((r) => setTimeout(r, 200));
    // Another process (its own driver) writes while that check is still under way.
    await writer.writeTx((tx) => tx.run('CREATE (:VersionProbe)'));
    const after = graphVersion(reader);
    seen.release();
    expect(await after).not.toBe(await before);
    expect(await graphVersion(reader)).toBe(await after);
  });
});

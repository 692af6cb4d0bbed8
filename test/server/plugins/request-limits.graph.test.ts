import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTimeoutError } from '../../../server/db/errors.js';
import { openTestApp, TEST_TOKEN, type TestApp } from '../../support/app.js';

/** A query that runs for minutes unless something ends it; the marker finds it in SHOW TRANSACTIONS. */
const slow = (marker: string) => `/* ${marker} */ UNWIND range(1, 100000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n`;

describe('request limits the database enforces', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ token: true, limits: { answerBytes: 4_000 } });
  });
  afterAll(async () => t.close());

  const running = async (marker: string) => {
    const rows = await t.app.db.readText<{ n: number }>(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH "SHOW" RETURN count(*) AS n',
      { marker },
    );
    return rows[0]!.n > 0;
  };
  /** Polls until `want` holds; the deadline only keeps a broken build from hanging the run. */
  const until = async (want: () => Promise<boolean>, deadlineMs = 20_000) => {
    const end = Date.now() + deadlineMs;
    while (Date.now() < end) {
      if (await want()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  };

  it('ends a read past its time limit in the database, not only in this process', async () => {
    const marker = `timeout-${Date.now()}`;
    await expect(t.app.db.readText(slow(marker), {}, { timeoutMs: 300 })).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(await running(marker)).toBe(false);
  });

  it('ends the query in the database when the client hangs up', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/cypher`;
    const marker = `hangup-${Date.now()}`;
    const client = new AbortController();
    const answer = fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: slow(marker), timeoutMs: 30_000 }),
      signal: client.signal,
    }).catch((err: Error) => err);
    expect(await until(() => running(marker))).toBe(true);
    client.abort();
    expect(await answer).toBeInstanceOf(Error);
    // Its own 30 s limit has not come yet: only the hang-up can have ended it.
    expect(await until(async () => !(await running(marker)))).toBe(true);
  });

  it('refuses an answer over the byte cap with a clear body, and stops reading rows at it', async () => {
    const big = await t.app.inject('/api/export?format=json');
    expect(big.statusCode).toBe(422);
    expect(big.json()).toMatchObject({ code: 'answer_too_large' });
    expect(big.json().message).toMatch(/over the 4000-byte limit/);
    const rows = await t.app.inject({
      method: 'POST',
      url: '/api/cypher',
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
      payload: { query: 'UNWIND range(1, 1000) AS x RETURN x, "some padding text" AS pad', maxRows: 1000 },
    });
    expect(rows.statusCode).toBe(200);
    expect(rows.json().truncated).toBe(true);
    expect(rows.json().rows.length).toBeLessThan(1000);
    expect(rows.body.length).toBeLessThanOrEqual(4_000);
  });
});

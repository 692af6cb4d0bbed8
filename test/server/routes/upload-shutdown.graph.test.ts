// Closing the app stops upload jobs instead of waiting for them: the one being extracted is terminated in its
// worker and the queued one never starts, so neither reaches the graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.js';
import { loadConfig } from '../../../neo4j/config.js';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { openTestDb } from '../../support/graph.js';
import { TEST_TOKEN } from '../../support/app.js';
import { multipartFile } from '../../support/multipart.js';

/**
 * A long made-up report of our own (1 MB by default: its extraction takes far longer than closing should; a worker
 * extracts 1 MB in about 2 s, so a test that waits seconds before closing asks for more).
 */
function report(city: string, bytes = 1_000_000): string {
  const lines = [`Отчёт о международной деятельности администрации города ${city}.`];
  for (let i = 0, size = 0; size < bytes; i++) {
    lines.push(`В ${1950 + (i % 70)} году делегация города ${city} посетила город Турку, обсуждались обмены школьников.`);
    size += lines[lines.length - 1]!.length + 1;
  }
  return lines.join('\n');
}

describe('closing the app during uploads', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('stops the running upload job and the queued one; nothing of them is written', async () => {
    const app = await buildApp({ db, config: loadConfig({ TWINGRAPH_API_TOKEN: TEST_TOKEN }) });
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    const upload = async (file: string, text: string) => {
      const body = multipartFile('file', file, text);
      const res = await app.inject({ method: 'POST', url: '/api/reports?wait=false', payload: body.payload, headers: { ...body.headers, ...auth } });
      expect(res.statusCode, res.body).toBe(202);
      return res.json().id as string;
    };
    const running = await upload('shutdown-running.txt', report('Кеми'));
    await upload('shutdown-queued.txt', report('Онеги'));
    for (let state = ''; state !== 'extracting'; ) {
      state = (await app.inject({ url: `/api/reports/jobs/${running}`, headers: auth })).json().state;
      expect(state).toMatch(/queued|extracting/);
    }
    // The old close waited for both imports to finish and so wrote both reports.
    await app.close();
    const [row] = await db.readText<{ n: number }>(
      "MATCH (r:Report) WHERE r.file IN ['shutdown-running.txt', 'shutdown-queued.txt'] RETURN count(r) AS n",
    );
    expect(row?.n).toBe(0);
  }, 120_000);

  it('answers an upload that waits for its import 503 shutting_down, and writes nothing of it', async () => {
    const app = await buildApp({ db, config: loadConfig({ TWINGRAPH_API_TOKEN: TEST_TOKEN }) });
    // 8 MB: still extracting when the app closes 3 s after the request, on a fast machine as on a slow one.
    const body = multipartFile('file', 'shutdown-waiting.txt', report('Кеми', 8_000_000));
    const answer = app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${TEST_TOKEN}` },
    });
    // Long enough for the request to reach its worker; its extraction takes far longer.
    await new Promise((r) => setTimeout(r, 3_000));
    await app.close();
    const res = await answer;
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json().code).toBe('shutting_down');
    const [row] = await db.readText<{ n: number }>("MATCH (r:Report {file: 'shutdown-waiting.txt'}) RETURN count(r) AS n");
    expect(row?.n).toBe(0);
  }, 120_000);
});

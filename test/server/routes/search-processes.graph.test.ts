// Two API processes on one Neo4j: each keeps its own in-process name index, and each sees what the other writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, TEST_TOKEN, type TestApp } from '../../support/app.js';
import { multipartFile } from '../../support/multipart.js';

/** A short report of our own naming a city the samples do not mention. */
const REPORT = [
  'Отчёт о международной деятельности администрации города Северодвинска за 2024 год.',
  'В марте 2024 года делегация Северодвинска посетила город Петрозаводск для обсуждения обменов студентов.',
].join('\n');

describe('search across API processes', () => {
  let reader: TestApp;
  let writer: TestApp;
  beforeAll(async () => {
    // Two apps with two drivers: nothing in memory is shared but the database.
    reader = await openTestApp();
    writer = await openTestApp({ token: true });
  });
  afterAll(async () => {
    await reader.close();
    await writer.close();
  });

  const ids = async (t: TestApp, q: string) => {
    const res = await t.app.inject(`/api/search?q=${encodeURIComponent(q)}&kinds=City`);
    expect(res.statusCode).toBe(200);
    return (res.json().hits as Array<{ id: string; name: string }>).map((h) => h.name);
  };

  it("finds a city another process imported, and stops finding it once that process removed it", async () => {
    expect(await ids(reader, 'Северодвинск')).not.toContain('Северодвинск'); // the reader's index is built now
    const body = multipartFile('file', 'severodvinsk-2024.txt', REPORT);
    const res = await writer.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${TEST_TOKEN}` },
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    const reportId = res.json().reportId as string;
    try {
      expect(await ids(reader, 'Северодвинск')).toContain('Северодвинск');
      expect(await ids(reader, 'severodvinsk')).toContain('Северодвинск');
    } finally {
      const del = await writer.app.inject({ method: 'DELETE', url: `/api/reports/${reportId}`, headers: { authorization: `Bearer ${TEST_TOKEN}` } });
      expect(del.statusCode, del.body).toBe(200);
    }
    expect(await ids(reader, 'Северодвинск')).not.toContain('Северодвинск');
  }, 120_000);
});

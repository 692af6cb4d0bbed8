import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, TEST_TOKEN, type TestApp } from '../../support/app.js';
import { multipartFile } from '../../support/multipart.js';

/** A long made-up report: the same few sentences of our own, with changing years, to about 300 kB. */
function longReport(): string {
  const lines: string[] = ['Отчёт о международной деятельности администрации города Северска.'];
  for (let year = 0, size = 0; size < 300_000; year++) {
    size += lines[lines.length - 1]!.length;
    lines.push(
      `В ${1900 + (year % 120)} году делегация Северска посетила город Нарва для обсуждения обменов школьников.`,
      `Глава города провёл встречу с представителями города Тарту, стороны договорились о совместной выставке.`,
    );
  }
  return lines.join('\n');
}

describe('an upload beside other requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ token: true });
    await t.app.inject('/api/search?q=омск'); // warm the full-text index
  });
  afterAll(async () => t.close());

  it('answers searches while a large report is being extracted', async () => {
    let uploadDone = false;
    const body = multipartFile('file', 'seversk-long.txt', longReport());
    const upload = t.app
      .inject({
        method: 'POST',
        url: '/api/reports',
        payload: body.payload,
        headers: { ...body.headers, authorization: `Bearer ${TEST_TOKEN}` },
      })
      .then((res) => {
        uploadDone = true;
        return res;
      });
    // One search after another: on a blocked event loop none could finish until extraction ends.
    const finishedFirst: boolean[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.app.inject('/api/search?q=томск');
      expect(res.statusCode).toBe(200);
      finishedFirst.push(!uploadDone);
    }
    const res = await upload;
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(finishedFirst).toEqual(Array(10).fill(true));
  }, 180_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

describe('reports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('lists the imported reports', async () => {
    const res = await t.app.inject('/api/reports');
    expect(res.statusCode).toBe(200);
    const files = res.json().reports.map((r: { file: string }) => r.file).sort();
    expect(files).toEqual(['omsk-2016.txt', 'omsk-2021.txt', 'omsk-2023.txt', 'omsk-2025.txt', 'tomsk-2024.txt']);
  });

  it("gives one report's facts, each with this report's evidence matching its text", async () => {
    const id = (await t.app.inject('/api/reports')).json().reports.find((r: { file: string }) => r.file === 'tomsk-2024.txt').id;
    const res = await t.app.inject(`/api/reports/${id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id, file: 'tomsk-2024.txt', city: 'Томск', year: 2024 });
    expect(body.facts.length).toBeGreaterThan(10);
    const ids = new Set(body.entities.map((n: { id: string }) => n.id));
    for (const fact of body.facts) {
      expect(ids.has(fact.source) && ids.has(fact.target)).toBe(true);
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const e of fact.evidence) {
        expect(e.report).toBe(id);
        if (e.quote !== null) expect(body.text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
    expect(body.facts.some((f: { kind: string; source: string; target: string }) => f.kind === 'AGREEMENT' && [f.source, f.target].includes('city:gomel'))).toBe(true);
  });

  it('answers 404 for an unknown report and 400 for a malformed id', async () => {
    expect((await t.app.inject('/api/reports/r-000000000000')).statusCode).toBe(404);
    expect((await t.app.inject('/api/reports/omsk-2023')).statusCode).toBe(400);
  });
});

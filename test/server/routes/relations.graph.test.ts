import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

describe('relations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('gives one relation with evidence whose quotes match the report text', async () => {
    const edges = (await t.app.inject('/api/entities/city:gomel/neighbours?kinds=TWIN')).json().edges;
    expect(edges.length).toBe(1);
    const res = await t.app.inject(`/api/relations/${encodeURIComponent(edges[0].id)}`);
    expect(res.statusCode).toBe(200);
    const { relation, source, target } = res.json();
    expect(relation.kind).toBe('TWIN');
    expect([source.id, target.id].sort()).toEqual(['city:gomel', 'city:omsk']);
    expect(relation.evidence.length).toBe(relation.evidenceCount);
    for (const e of relation.evidence) {
      expect(e).toMatchObject({ file: 'omsk-2023.txt', year: 2023 });
      const report = (await t.app.inject(`/api/reports/${e.report}`)).json();
      expect(report.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('answers 404 for an unknown id', async () => {
    const res = await t.app.inject('/api/relations/5:nothing:0');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});

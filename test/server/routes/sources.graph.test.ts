// A fact's history (its statements in time order) and sources side by side: reports and a twin list, per city.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTwins } from '../../../import/twins/import-twins.js';
import { openTestApp, type TestApp } from '../../support/app.js';
import { clearGraph, openTestDb } from '../../support/graph.js';

const LIST = join(import.meta.dirname, '../../fixtures/twins/small.csv');

interface Edge {
  id: string;
  reports: string[];
}

describe('fact history and sources side by side', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
    const db = await openTestDb();
    try {
      await importTwins(db, LIST);
    } finally {
      await db.close();
    }
  });
  afterAll(async () => {
    await clearGraph(t.app.db); // the next file expects the sample reports alone
    await t.close();
  });

  it('gives a fact its statements in time order, one per thing a source says, each with its source', async () => {
    const edges = (await t.app.inject('/api/entities/city:omsk/neighbours?kinds=TWIN')).json().edges as Edge[];
    const gomel = edges.find((e) => e.reports.some((r) => r.startsWith('csv:')) && e.reports.some((r) => r.startsWith('r-')));
    expect(gomel).toBeDefined();
    const { relation, history } = (await t.app.inject(`/api/relations/${encodeURIComponent(gomel!.id)}`)).json();
    expect(history).toHaveLength(relation.evidenceCount);
    const when = history.map((h: { year: number | null; reportYear: number | null }) => h.year ?? h.reportYear ?? 9999);
    expect(when).toEqual([...when].sort((a: number, b: number) => a - b));
    expect(new Set(history.map((h: { source: string }) => h.source))).toEqual(new Set(['report', 'csv:small.csv']));
    for (const h of history) {
      if (h.source === 'report') expect(h).toMatchObject({ report: expect.stringMatching(/^r-/), file: expect.stringMatching(/\.txt$/) });
      else expect(h).toMatchObject({ report: null, line: expect.any(Number) });
      expect(h.quote).toBeTruthy();
    }
  });

  it('counts per city the facts both sources state, only reports, only the list', async () => {
    const res = await t.app.inject('/api/sources?city=city:omsk');
    expect(res.statusCode).toBe(200);
    const [omsk] = res.json().cities;
    expect(omsk.city.id).toBe('city:omsk');
    expect(omsk.both).toBeGreaterThanOrEqual(1);
    expect(omsk.reportsOnly).toBeGreaterThanOrEqual(1);
    const twins = (await t.app.inject('/api/entities/city:omsk/neighbours?kinds=TWIN&limit=500')).json().edges as Edge[];
    expect(omsk.both + omsk.reportsOnly + omsk.listOnly).toBe(twins.length);
    const all = (await t.app.inject('/api/sources?limit=5')).json().cities;
    expect(all.length).toBeGreaterThan(1);
  });

  it('names the sources of each fact: the reports and the list that state it, or the list alone', async () => {
    const twins = (await t.app.inject('/api/entities/city:omsk/neighbours?kinds=TWIN&limit=500')).json().edges as Edge[];
    const listOnly = twins.filter((e) => !e.reports.some((r) => r.startsWith('r-')));
    expect(listOnly.length).toBeGreaterThanOrEqual(1);
    for (const e of listOnly) expect(e.reports).toEqual(['csv:small.csv']);
    const both = twins.filter((e) => e.reports.includes('csv:small.csv') && e.reports.some((r) => r.startsWith('r-')));
    expect(both.length).toBeGreaterThanOrEqual(1);
    for (const e of both) expect(new Set(e.reports).size).toBe(e.reports.length);
  });

  it.each([
    ['both', (r: string[]) => r.some((x) => x.startsWith('csv:')) && r.some((x) => x.startsWith('r-'))],
    ['reports-only', (r: string[]) => r.every((x) => x.startsWith('r-'))],
    ['list-only', (r: string[]) => r.every((x) => x.startsWith('csv:'))],
  ])('filters one entity\'s facts to %s', async (side, holds) => {
    const counts = (await t.app.inject('/api/sources?city=city:omsk')).json().cities[0];
    const res = await t.app.inject(`/api/sources/city:omsk/facts?side=${side}`);
    expect(res.statusCode).toBe(200);
    const facts = res.json().facts as Array<{ edge: Edge }>;
    const expected = { both: counts.both, 'reports-only': counts.reportsOnly, 'list-only': counts.listOnly }[side];
    expect(facts).toHaveLength(expected);
    for (const f of facts) expect(holds(f.edge.reports), f.edge.reports.join(',')).toBe(true);
  });

  it('answers 404 for an unknown city and 400 for an unknown side', async () => {
    expect((await t.app.inject('/api/sources/city:atlantis/facts?side=both')).statusCode).toBe(404);
    expect((await t.app.inject('/api/sources/city:omsk/facts?side=maybe')).statusCode).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

interface Sub {
  nodes: Array<{ id: string; country: string | null }>;
  edges: Array<{ source: string; target: string }>;
}

/** The same counts worked out from the plain overview: what the aggregate must agree with. */
function countsFrom(sub: Sub): Map<string, number> {
  const country = new Map(sub.nodes.map((n) => [n.id, n.country]));
  const out = new Map<string, number>();
  for (const e of sub.edges) {
    const [x, y] = [country.get(e.source), country.get(e.target)];
    if (!x || !y) continue;
    const key = [x, y].sort().join('|');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

describe('country links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('counts the twin links between countries as the overview holds them, each pair once', async () => {
    const res = await t.app.inject('/api/country-links');
    expect(res.statusCode).toBe(200);
    const { countries, links } = res.json() as { countries: Array<{ code: string; entities: number; links: number; lat: number | null; lon: number | null }>; links: Array<{ source: string; target: string; links: number }> };
    const overview = (await t.app.inject('/api/graph?kinds=TWIN&limit=5000')).json() as Sub;
    const expected = countsFrom(overview);
    expect(expected.size).toBeGreaterThan(1);
    expect(new Map(links.map((l) => [`${l.source}|${l.target}`, l.links]))).toEqual(expected);
    for (const l of links) expect(l.source <= l.target).toBe(true);
    expect(links.map((l) => l.links)).toEqual([...links.map((l) => l.links)].sort((a, b) => b - a));
    // Russia and Belarus are twinned in the samples; each country's total is the sum of its pairs.
    expect(links.find((l) => l.source === 'BY' && l.target === 'RU')?.links).toBeGreaterThan(0);
    for (const c of countries) {
      const sum = links.filter((l) => l.source === c.code || l.target === c.code).reduce((s, l) => s + l.links, 0);
      expect(c.links).toBe(sum);
      expect(c.entities).toBeGreaterThan(0);
    }
    // Placed where its entities are: Belarus's mean falls inside Belarus.
    const by = countries.find((c) => c.code === 'BY')!;
    expect(by.lat).toBeGreaterThan(51);
    expect(by.lat).toBeLessThan(57);
    expect(by.lon).toBeGreaterThan(23);
    expect(by.lon).toBeLessThan(33);
    const ends = new Set(links.flatMap((l) => [l.source, l.target]));
    expect(new Set(countries.map((c) => c.code))).toEqual(ends);
  });

  it('counts other kinds and sources on request', async () => {
    const agreements = (await t.app.inject('/api/country-links?kinds=AGREEMENT&source=report')).json();
    const overview = (await t.app.inject('/api/graph?kinds=AGREEMENT&source=report&limit=5000')).json() as Sub;
    expect(new Map(agreements.links.map((l: { source: string; target: string; links: number }) => [`${l.source}|${l.target}`, l.links]))).toEqual(countsFrom(overview));
    expect((await t.app.inject('/api/country-links?source=csv')).json()).toEqual({ countries: [], links: [] });
  });

  it('answers 400 naming each bad field', async () => {
    const res = await t.app.inject('/api/country-links?kinds=TWINS&yearFrom=3000');
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['kinds.0', 'yearFrom']));
  });
});

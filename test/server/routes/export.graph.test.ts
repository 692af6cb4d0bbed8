import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

describe('export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ limits: { expensivePerMinute: 8 } });
  });
  afterAll(async () => t.close());

  it('gives JSON with every edge evidence', async () => {
    const res = await t.app.inject('/api/export?format=json&kinds=TWIN');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('twingraph.json');
    const { nodes, edges } = res.json();
    expect(nodes.length).toBeGreaterThan(2);
    expect(edges.length).toBe(7);
    for (const e of edges) expect(e.evidence.length).toBe(e.evidenceCount);
  });

  it('gives GraphML, GEXF and CSV that hold the quotes', async () => {
    const graphml = await t.app.inject('/api/export?format=graphml&kinds=TWIN');
    expect(graphml.headers['content-type']).toContain('application/graphml+xml');
    expect(graphml.body).toMatch(/^<\?xml[\s\S]*<node id="city:omsk">[\s\S]*<edge id="[^"]+" source="[^"]+" target="[^"]+"/);
    expect(graphml.body).toContain('побратим');
    const gexf = await t.app.inject('/api/export?format=gexf&kinds=TWIN');
    expect(gexf.body).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf.body).toContain('label="Омск"');
    const csv = await t.app.inject('/api/export?format=csv&kinds=TWIN');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('id,kind,source,source_name,target,target_name,directed,year,month,status,confidence,reports,evidence');
    expect(lines).toHaveLength(8);
    expect(csv.body).toContain('Гомель');
  });

  it('gives a node table and a GEXF that Gephi can play by year', async () => {
    const nodes = await t.app.inject('/api/export?format=csv&table=nodes&kinds=TWIN');
    expect(nodes.headers['content-disposition']).toContain('twingraph-nodes.csv');
    const [header, ...rows] = nodes.body.trim().split('\n');
    expect(header).toBe('id,kind,name,name_en,country,lat,lon,city');
    const omsk = rows.find((r) => r.startsWith('city:omsk,'))!.split(',');
    expect(omsk.slice(1, 5)).toEqual(['City', 'Омск', 'Omsk', 'RU']);
    expect(Number(omsk[5])).toBeCloseTo(55, 0);
    const gexf = (await t.app.inject('/api/export?format=gexf&kinds=TWIN')).body;
    expect(gexf).toContain('mode="dynamic"');
    expect(gexf).toMatch(/<edge [^>]*kind="TWIN" label="TWIN" start="\d{4}">/);
  });

  it('answers 400 for an unknown format and 429 past the per-client limit', async () => {
    const bad = await t.app.inject('/api/export?format=xlsx');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].field).toBe('format');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await t.app.inject('/api/export?format=csv&kinds=TWIN')).statusCode);
    expect(statuses).toContain(429);
  });
});

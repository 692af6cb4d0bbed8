// Years as GEXF lifetimes for Gephi's timeline (server/repository/export-time.ts and the GEXF it gives).
import { describe, expect, it } from 'vitest';
import { toGexf, toNodesCsv, type ExportGraph } from '../../../server/repository/export-formats.js';
import { edgeLifetime, nodeLifetimes } from '../../../server/repository/export-time.js';

const node = (id: string) => ({ id, kind: 'City' as const, name: id.slice(5), nameEn: null, country: 'DE', lat: 50.1, lon: 8.7, city: null });
const edge = (id: string, kind: ExportGraph['edges'][number]['kind'], source: string, target: string, year: number | null) => ({
  id, kind, source, target, directed: kind === 'VISIT', year, month: null, status: null, confidence: 1, reports: ['r-1'], evidenceCount: 0, evidence: [],
});

const graph: ExportGraph = {
  nodes: ['city:a', 'city:b', 'city:c', 'city:d'].map(node),
  edges: [
    edge('e1', 'TWIN', 'city:a', 'city:b', 1991),
    edge('e2', 'VISIT', 'city:c', 'city:b', 2019),
    edge('e3', 'VISIT', 'city:c', 'city:a', 2021),
    edge('e4', 'TWIN', 'city:d', 'city:a', null),
  ],
};

describe('export time', () => {
  it('starts a tie in its year and keeps it; a visit lasts its year', () => {
    expect(edgeLifetime({ kind: 'TWIN', year: 1991 })).toEqual({ start: 1991 });
    expect(edgeLifetime({ kind: 'VISIT', year: 2019 })).toEqual({ start: 2019, end: 2019 });
    expect(edgeLifetime({ kind: 'AGREEMENT', year: null })).toEqual({});
  });

  it('gives a node the span of its facts, and none when one is undated', () => {
    const lives = nodeLifetimes(graph);
    expect(lives.get('city:b')).toEqual({ start: 1991 });
    expect(lives.get('city:c')).toEqual({ start: 2019, end: 2021 });
    expect(lives.has('city:a')).toBe(false);
    expect(lives.has('city:d')).toBe(false);
  });

  it('writes a dynamic GEXF with integer years and one edge kind per relation', () => {
    const gexf = toGexf(graph);
    expect(gexf).toContain('<graph mode="dynamic" defaultedgetype="directed" timeformat="integer" timerepresentation="interval">');
    expect(gexf).toMatch(/<node id="city:c" label="c" start="2019" end="2021">/);
    expect(gexf).toMatch(/<node id="city:a" label="a">/);
    expect(gexf).toMatch(/<edge id="e1" [^>]*kind="TWIN" label="TWIN" start="1991">/);
    expect(gexf).toMatch(/<edge id="e2" [^>]*start="2019" end="2019">/);
    expect(gexf).toMatch(/<edge id="e4" [^>]*label="TWIN"><attvalues>/);
  });
});

describe('nodes csv', () => {
  it('has one row per node with its country and coordinates', () => {
    const [header, first, ...rest] = toNodesCsv(graph).trim().split('\n');
    expect(header).toBe('id,kind,name,name_en,country,lat,lon,city');
    expect(first).toBe('city:a,City,a,,DE,50.1,8.7,');
    expect(rest).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { toCsv, toGexf, toGraphml, type ExportGraph } from '../../../server/repository/export-formats.js';

const node = (id: string, name: string) => ({ id, kind: 'City' as const, name, nameEn: null, country: 'RU', lat: 1.5, lon: 2.5, city: null });

const graph: ExportGraph = {
  nodes: [node('city:a', 'А & Б <"город">'), node('city:b', 'Б, В')],
  edges: [
    {
      id: '5:x:1',
      kind: 'TWIN',
      source: 'city:a',
      target: 'city:b',
      directed: false,
      year: 2023,
      month: null,
      status: null,
      confidence: 0.9,
      reports: ['r-1'],
      evidenceCount: 1,
      evidence: [{ report: 'r-1', file: 'a.txt', source: 'report', quote: 'Сказано "так", и всё.', start: 0, end: 5, year: 2023, month: null, confidence: 0.9, line: null }],
    },
  ],
};

describe('export formats', () => {
  it('escapes XML in GraphML and GEXF', () => {
    for (const text of [toGraphml(graph), toGexf(graph)]) {
      expect(text).toContain('А &amp; Б &lt;&quot;город&quot;&gt;');
      expect(text).not.toContain('<"город">');
    }
  });

  it('marks symmetric edges undirected', () => {
    expect(toGraphml(graph)).toContain('directed="false"');
    expect(toGexf(graph)).toContain('type="undirected"');
  });

  it('quotes CSV cells with commas and quotes, and names both ends', () => {
    const [header, row] = toCsv(graph).trim().split('\n');
    expect(header!.split(',')).toHaveLength(13);
    expect(row).toContain('"Б, В"');
    expect(row).toContain('"[a.txt 2023] Сказано ""так"", и всё."');
  });

  it('keeps cells a spreadsheet would run as formulas as text, and numbers as numbers', async () => {
    const { cell } = await import('../../../server/repository/export-formats.js');
    expect(cell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(cell('+7 999')).toBe("'+7 999");
    expect(cell('-1+2')).toBe("'-1+2");
    expect(cell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(cell('\t=1')).toBe("'\t=1");
    expect(cell(-73.5)).toBe('-73.5');
    expect(cell('Омск')).toBe('Омск');
    const formula: ExportGraph = { ...graph, nodes: [node('city:a', '=cmd|\' /C calc\'!A0'), graph.nodes[1]!] };
    const row = toCsv(formula).trim().split('\n')[1]!;
    expect(row).toContain(",'=cmd|' /C calc'!A0,");
  });
});

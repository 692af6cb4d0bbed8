// Evidence entries and the relationship properties they give (import/graph/evidence.ts).
import { describe, expect, it } from 'vitest';
import { evidenceJson } from '../../../neo4j/model/evidence.js';
import { factProps } from '../../../import/graph/evidence.js';

const ev = (report: string, year: number | null, month: number | null, confidence: number) =>
  evidenceJson({ report, source: 'report', quote: `q ${report}`, start: 0, end: 3, year, month, confidence });

describe('evidence', () => {
  it('writes the same entry as the same string', () => {
    expect(evidenceJson({ quote: 'q', source: 'report', report: 'r-1', year: 2023 })).toBe(
      evidenceJson({ year: 2023, report: 'r-1', source: 'report', quote: 'q' }),
    );
  });

  it('dates a keyless relationship from its earliest evidence and takes the highest confidence', () => {
    const csv = evidenceJson({ source: 'csv:t.csv', quote: 'Omsk,Russia,Gomel,Belarus', line: 2, confidence: 1 });
    expect(factProps('TWIN', '', [ev('r-2023', 2023, null, 0.95), ev('r-2016', 2016, 5, 0.85), csv])).toMatchObject({
      year: 2016,
      month: 5,
      status: null,
      confidence: 1,
      reports: ['r-2023', 'r-2016', 'csv:t.csv'],
      sources: ['report', 'csv:t.csv'],
    });
  });

  it('takes year, month and status from the key when it holds them', () => {
    expect(factProps('VISIT', '2023|4', [ev('r-1', 2023, 4, 0.8)])).toMatchObject({ year: 2023, month: 4, status: null });
    expect(factProps('AGREEMENT', 'planned|', [ev('r-1', null, null, 0.85)])).toMatchObject({ year: null, status: 'planned' });
    expect(factProps('CONTACT', '|', [ev('r-1', null, null, 0.6)])).toMatchObject({ year: null, month: null });
  });
});

// Taking a source's support out of the facts it supported (import/graph/withdraw.ts).
import { describe, expect, it } from 'vitest';
import { evidenceJson } from '../../../neo4j/model/evidence.js';
import { withdraw } from '../../../import/graph/withdraw.js';

const ev = (report: string, year: number) => evidenceJson({ report, source: 'report', quote: report, year, confidence: report === 'r-1' ? 0.99 : 0.8 });
const csv = evidenceJson({ source: 'csv:t.csv', quote: 'row', line: 2, confidence: 1 });

describe('withdraw', () => {
  const w = withdraw(
    'r-1',
    [
      { rid: 'a', type: 'TWIN', key: '', props: { evidence: [ev('r-1', 2016), ev('r-2', 2023)] } },
      { rid: 'b', type: 'VISIT', key: '2016|', props: { evidence: [ev('r-1', 2016)] } },
      { rid: 'c', type: 'TWIN', key: '', props: { evidence: [ev('r-1', 2016), csv] } },
    ],
    [{ id: 'city:omsk', reports: ['r-1', 'r-2'] }, { id: 'city:gone', reports: ['r-1'] }],
  );

  it('deletes what only the source supported', () => {
    expect(w.relDeletes).toEqual(['b']);
  });

  it('recomputes what others support too', () => {
    expect(w.relUpdates).toEqual([
      { rid: 'a', props: expect.objectContaining({ year: 2023, confidence: 0.8, reports: ['r-2'], evidence: [ev('r-2', 2023)] }) },
      { rid: 'c', props: expect.objectContaining({ year: null, confidence: 1, reports: ['csv:t.csv'], sources: ['csv:t.csv'] }) },
    ]);
  });

  it('takes the source out of every node’s supports', () => {
    expect(w.nodeUpdates).toEqual([{ id: 'city:omsk', reports: ['r-2'] }, { id: 'city:gone', reports: [] }]);
  });
});

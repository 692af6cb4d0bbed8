// factDeltas: what a source's new statements add to each fact's summary, from those statements alone.
import { describe, expect, it } from 'vitest';
import { factDeltas } from '../../../import/graph/fact-summary.js';
import type { StatementRow } from '../../../import/graph/statements.js';

const st = (fact: string, support: string, props: Record<string, unknown>, seq = 0): StatementRow => ({
  id: `${fact}/${support}/${seq}`,
  props: { fact, support, source: support.startsWith('csv:') ? support : 'report', year: null, month: null, confidence: null, seq, ...props },
});

describe('fact deltas', () => {
  it('sums each fact from its own statements: count, sources, highest confidence, years', () => {
    const [twin, visit] = factDeltas([
      st('TWIN|a|b|', 'r-2', { year: 2019, confidence: 0.8 }),
      st('VISIT|a|b|2020|', 'r-2', { year: 2020 }),
      st('TWIN|a|b|', 'csv:list.csv', { year: 2005, confidence: 1 }),
      st('TWIN|a|b|', 'r-2', { year: 2023, month: 5, confidence: 0.9 }, 1),
    ]);
    expect(twin).toEqual({
      fact: 'TWIN|a|b|',
      count: 3,
      sources: ['csv:list.csv', 'report'],
      confidence: 1,
      firstYear: 2005,
      lastYear: 2023,
      monthByYear: [{ year: 2023, month: 5 }],
    });
    expect(visit).toMatchObject({ fact: 'VISIT|a|b|2020|', count: 1, firstYear: 2020, lastYear: 2020, confidence: null, monthByYear: [] });
  });

  it('gives each year its earliest month, and nothing for undated statements', () => {
    const [d] = factDeltas([
      st('CONTACT|a|b|', 'r-1', { year: 2021, month: 9 }),
      st('CONTACT|a|b|', 'r-1', { year: 2021, month: 3 }, 1),
      st('CONTACT|a|b|', 'r-1', { year: 2022, month: 1 }, 2),
      st('CONTACT|a|b|', 'r-1', { month: 2 }, 3),
    ]);
    expect(d!.monthByYear).toEqual([{ year: 2021, month: 3 }, { year: 2022, month: 1 }]);
    expect([d!.firstYear, d!.lastYear]).toEqual([2021, 2022]);
  });

  it('sums a fact stated once as it sums one stated twice by the same statement', () => {
    const once = st('VISIT|a|b||', 'r-3', { year: 2018, month: 11, confidence: 0.7 });
    const [single] = factDeltas([once]);
    const [twice] = factDeltas([once, { ...once, id: 'other', props: { ...once.props, seq: 1 } }]);
    expect(single).toEqual({ ...twice, count: 1 });
    expect(single).toEqual({
      fact: 'VISIT|a|b||',
      count: 1,
      sources: ['report'],
      confidence: 0.7,
      firstYear: 2018,
      lastYear: 2018,
      monthByYear: [{ year: 2018, month: 11 }],
    });
    expect(factDeltas([st('TWIN|a|b|', 'csv:l.csv', {})])[0]).toMatchObject({ confidence: null, firstYear: null, lastYear: null, monthByYear: [] });
  });
});

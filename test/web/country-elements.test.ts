import { describe, expect, it } from 'vitest';
import { countryElements, countryTotals } from '../../web/src/graph/country-elements.js';

const data = {
  countries: [
    { code: 'RU', entities: 10, links: 13, lat: 55, lon: 60 },
    { code: 'BY', entities: 3, links: 4, lat: 53, lon: 28 },
    { code: 'US', entities: 1, links: 1, lat: null, lon: null },
  ],
  links: [
    { source: 'RU', target: 'RU', links: 8 },
    { source: 'BY', target: 'RU', links: 4 },
    { source: 'RU', target: 'US', links: 1 },
  ],
};

describe('country elements', () => {
  it('makes a node per country and an edge per pair of two countries; links inside one stay on its node', () => {
    const els = countryElements(data, 'en');
    const nodes = els.filter((e) => e.group === 'nodes').map((e) => e.data);
    const edges = els.filter((e) => e.group === 'edges').map((e) => e.data);
    expect(nodes.map((n) => [n.id, n.label, n.within])).toEqual([
      ['RU', 'Russia', 8],
      ['BY', 'Belarus', 0],
      ['US', 'United States', 0],
    ]);
    expect(edges.map((e) => [e.source, e.target, e.links])).toEqual([
      ['BY', 'RU', 4],
      ['RU', 'US', 1],
    ]);
  });

  it('scales sizes and widths by the square root against the largest, so one hub does not flatten the rest', () => {
    const els = countryElements(data, 'ru');
    const score = Object.fromEntries(els.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.score]));
    expect(score.RU).toBe(1);
    expect(score.BY).toBeCloseTo(Math.sqrt(4 / 13));
    const weight = Object.fromEntries(els.filter((e) => e.group === 'edges').map((e) => [e.data.id, e.data.weight]));
    expect(weight).toEqual({ 'BY|RU': 1, 'RU|US': 0.5 });
    expect(els.find((e) => e.data.id === 'BY')?.data.label).toBe('Беларусь');
  });

  it('totals the countries and the links between and inside them', () => {
    expect(countryTotals(data)).toEqual({ countries: 3, between: 5, within: 8 });
    expect(countryTotals({ countries: [], links: [] })).toEqual({ countries: 0, between: 0, within: 0 });
  });
});

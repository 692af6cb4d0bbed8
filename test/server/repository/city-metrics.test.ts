import { describe, expect, it } from 'vitest';
import { cityMetrics } from '../../../server/repository/city-metrics.js';

const city = (id: string) => ({ id, kind: 'City' as const, name: id.toUpperCase(), nameEn: null, country: null, lat: null, lon: null, city: null });

describe('city metrics', () => {
  // Two triangles joined through a bridge city, one pair apart, one city with no link.
  const cities = ['a', 'b', 'c', 'h', 'd', 'e', 'f', 'x', 'y', 'lonely'].map(city);
  const links: Array<[string, string]> = [
    ['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'h'], ['h', 'd'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['x', 'y'],
  ];
  const m = cityMetrics(cities, links);

  it('counts cities, links, the degree distribution and components', () => {
    expect(m.cities).toBe(10);
    expect(m.links).toBe(9);
    expect(m.degreeDistribution).toEqual([
      { degree: 0, cities: 1 },
      { degree: 1, cities: 2 },
      { degree: 2, cities: 5 },
      { degree: 3, cities: 2 },
    ]);
    expect(m.components).toEqual({ count: 2, giantSize: 7, giantShare: 0.7778 });
  });

  it('ranks the bridge first by betweenness', () => {
    expect(m.topByBetweenness[0]!.id).toBe('h');
    expect(m.topByDegree.slice(0, 2).map((r) => r.id).sort()).toEqual(['c', 'd']);
  });

  it('finds the triangles as communities', () => {
    const groups = m.communities.map((c) => c.members.map((x) => x.id).join(''));
    expect(groups).toEqual(expect.arrayContaining(['xy']));
    expect(m.communities.length).toBeGreaterThanOrEqual(3);
  });

  it('copes with an empty graph', () => {
    expect(cityMetrics([], [])).toMatchObject({ cities: 0, links: 0, components: { count: 0, giantSize: 0, giantShare: 0 } });
  });
});

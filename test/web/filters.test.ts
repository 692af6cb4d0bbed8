import { describe, expect, it } from 'vitest';
import { countriesOf, edgePasses, playYears, undatedCount, visibleIds, yearBounds } from '../../web/src/graph/filters.js';
import { toEdgeData, toNodeData } from '../../web/src/graph/elements.js';
import { defaultState, type Filters } from '../../web/src/app/state.js';
import { sample } from './fixtures.js';

const nodes = sample.nodes.map((n) => toNodeData(n, 'ru', new Map(sample.nodes.map((x) => [x.id, x]))));
const edges = sample.edges.map(toEdgeData);
const filters = (over: Partial<Filters> = {}): Filters => ({ ...defaultState().filters, ...over });
const ids = (s: Set<string>) => [...s].sort();

describe('filters', () => {
  it.each([
    ['default kinds hide LOCATED_IN', filters(), ['e1', 'e2', 'e3', 'e4', 'e5']],
    ['one kind', filters({ kinds: ['TWIN'] }), ['e1', 'e4', 'e5']],
    ['a year range keeps undated relations while they are shown', filters({ yearFrom: 2020, yearTo: 2023 }), ['e1', 'e2', 'e5']],
    ['a year range without undated relations', filters({ yearFrom: 2020, yearTo: 2023, undated: false }), ['e1', 'e2']],
    ['undated hidden without a year range', filters({ undated: false }), ['e1', 'e2', 'e3', 'e4']],
    ['a minimum degree drops the nodes below it and their edges', filters({ minDegree: 3 }), ['e1', 'e2']],
    ['only an upper bound', filters({ yearTo: 2016, undated: false }), ['e4']],
    ['reports only', filters({ source: 'reports' }), ['e1', 'e2', 'e3', 'e4']],
    ['twin lists only', filters({ source: 'lists' }), ['e4', 'e5']],
    ['countries keep edges touching them', filters({ countries: ['RU'], kinds: ['TWIN', 'AGREEMENT'] }), ['e1', 'e3', 'e4', 'e5']],
    ['no kinds at all', filters({ kinds: [] }), []],
  ])('%s', (_name, f, expected) => {
    expect(ids(visibleIds(nodes, edges, f).edges)).toEqual(expected);
  });

  it('counts the undated relations the toggle concerns', () => {
    expect(undatedCount(edges, filters())).toBe(1);
    expect(undatedCount(edges, filters({ kinds: ['AGREEMENT'] }))).toBe(0);
  });

  it('hides nodes whose every edge is filtered out, keeps the pinned ones', () => {
    const f = filters({ kinds: ['TWIN'], yearFrom: 2023, yearTo: 2023, undated: false });
    expect(ids(visibleIds(nodes, edges, f).nodes)).toEqual(['city:gomel', 'city:omsk']);
    expect(ids(visibleIds(nodes, edges, f, new Set(['city:tomsk'])).nodes)).toEqual(['city:gomel', 'city:omsk', 'city:tomsk']);
  });

  it('keeps a pinned edge (a path hop) whatever the filters say', () => {
    const v = visibleIds(nodes, edges, filters(), new Set(['e6']));
    expect(v.edges.has('e6')).toBe(true);
    expect(v.nodes.has('inst:school-75')).toBe(true);
  });

  it('shows a node without any edge when it is in the chosen countries', () => {
    const lone = [...nodes, { id: 'city:riga', country: 'LV' }];
    expect(visibleIds(lone, edges, filters()).nodes.has('city:riga')).toBe(true);
    expect(visibleIds(lone, edges, filters({ countries: ['BY'] })).nodes.has('city:riga')).toBe(false);
  });

  it('judges one edge on its own', () => {
    expect(edgePasses(edges[0]!, filters())).toBe(true);
    expect(edgePasses(edges[5]!, filters())).toBe(false);
  });

  it('finds the year range, the countries and the years to play', () => {
    expect(yearBounds(edges)).toEqual({ min: 2016, max: 2024 });
    expect(yearBounds([{ year: null }])).toBeNull();
    expect(countriesOf(nodes)).toEqual([
      { code: 'BY', count: 4 },
      { code: 'RU', count: 2 },
    ]);
    expect(playYears({ min: 2021, max: 2024 })).toEqual([2021, 2022, 2023, 2024]);
  });
});

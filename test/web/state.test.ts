import { describe, expect, it } from 'vitest';
import { DEFAULT_KINDS, defaultState, parseState, serialiseState, type ViewState } from '../../web/src/app/state.js';

const state = (over: Partial<ViewState> = {}): ViewState => ({ ...defaultState(), ...over });

describe('url state', () => {
  it('leaves every default out, so a fresh view has an empty query', () => {
    expect(serialiseState(defaultState())).toBe('');
    expect(parseState('')).toEqual(defaultState());
  });

  it.each([
    ['a selected node', state({ node: 'city:gomel', expanded: ['city:gomel'] }), '?node=city:gomel&expanded=city:gomel'],
    ['an edge (an elementId with colons)', state({ edge: '5:abc-def:140' }), '?edge=5:abc-def:140'],
    [
      'filters',
      state({ filters: { kinds: ['TWIN', 'AGREEMENT'], yearFrom: 2016, yearTo: 2023, countries: ['BY'], source: 'reports', undated: false, minDegree: 3 } }),
      '?kinds=TWIN,AGREEMENT&yearFrom=2016&yearTo=2023&countries=BY&source=reports&undated=0&minDegree=3',
    ],
    ['a tool with its picks', state({ tool: 'shared', picks: ['city:omsk', 'city:tomsk'] }), '?tool=shared&picks=city:omsk,city:tomsk'],
    ['a path alternative', state({ tool: 'path', picks: ['city:omsk', 'city:minsk'], alt: 2 }), '?tool=path&picks=city:omsk,city:minsk&alt=2'],
    ['the aggregate view by country', state({ countryLinks: true }), '?countryLinks=1'],
    ['the view options', state({ layout: 'geo', size: 'pagerank', colour: 'community', lang: 'en', overview: true }), '?overview=1&layout=geo&size=pagerank&colour=community&lang=en'],
  ])('writes %s and reads it back', (_name, s, query) => {
    expect(serialiseState(s)).toBe(query);
    expect(parseState(query)).toEqual(s);
  });

  it('keeps kinds in a fixed order whatever order they were picked in', () => {
    expect(serialiseState(state({ filters: { ...defaultState().filters, kinds: ['VISIT', 'TWIN'] } }))).toBe('?kinds=TWIN,VISIT');
    expect(serialiseState(state({ filters: { ...defaultState().filters, kinds: [...DEFAULT_KINDS].reverse() } }))).toBe('');
  });

  it.each([
    ['unknown kinds are dropped', '?kinds=TWIN,PLANET', (s: ViewState) => expect(s.filters.kinds).toEqual(['TWIN'])],
    ['an empty kinds list means none', '?kinds=', (s: ViewState) => expect(s.filters.kinds).toEqual([])],
    ['years out of range are ignored', '?yearFrom=99&yearTo=abc', (s: ViewState) => expect([s.filters.yearFrom, s.filters.yearTo]).toEqual([null, null])],
    ['a reversed year range is put right', '?yearFrom=2024&yearTo=2016', (s: ViewState) => expect([s.filters.yearFrom, s.filters.yearTo]).toEqual([2016, 2024])],
    ['an unknown layout falls back', '?layout=spiral&lang=de&tool=magic', (s: ViewState) => expect([s.layout, s.lang, s.tool]).toEqual(['fcose', 'ru', null])],
    ['country codes are upper-cased', '?countries=by,ru', (s: ViewState) => expect(s.filters.countries).toEqual(['BY', 'RU'])],
    ['repeated expansions count once', '?expanded=city:omsk,city:omsk', (s: ViewState) => expect(s.expanded).toEqual(['city:omsk'])],
    ['a wild alternative index falls back to 0', '?tool=path&alt=99', (s: ViewState) => expect(s.alt).toBe(0)],
  ])('%s', (_name, query, check) => {
    check(parseState(query));
  });

  it('drops picks and alt when no tool is chosen', () => {
    expect(serialiseState(state({ picks: ['city:omsk'], alt: 1 }))).toBe('');
  });
});

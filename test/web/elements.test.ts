import { describe, expect, it } from 'vitest';
import { edgeClasses, labelOf, originOf, toElements } from '../../web/src/graph/elements.js';
import { GraphStore } from '../../web/src/graph/store.js';
import { edge, gomel, omsk, sample, school } from './fixtures.js';

describe('to elements', () => {
  it('turns every node and edge of a subgraph into a Cytoscape element, nodes first', () => {
    const els = toElements(sample, 'ru');
    expect(els.map((e) => e.group)).toEqual([...Array(6).fill('nodes'), ...Array(7).fill('edges')]);
    expect(els[0]!.data).toMatchObject({ id: 'city:omsk', kind: 'City', label: 'Омск', nameEn: 'Omsk', country: 'RU', lat: 54.99 });
    expect(els.find((e) => e.data.id === 'e2')!.data).toMatchObject({ source: 'city:omsk', target: 'city:gomel', kind: 'VISIT', directed: true, year: 2023, month: 4, origin: 'report' });
  });

  it('puts the kind, direction and list origin in classes the stylesheet matches', () => {
    const els = toElements(sample, 'ru');
    expect(els[0]!.classes).toBe('k-City');
    expect(els.find((e) => e.data.id === 'e2')!.classes).toBe('k-VISIT directed');
    expect(edgeClasses({ kind: 'TWIN', directed: false, origin: 'list' })).toBe('k-TWIN from-list');
    expect(edgeClasses({ kind: 'TWIN', directed: false, origin: 'both' })).toBe('k-TWIN');
  });

  it.each([
    ['ru', omsk, 'Омск'],
    ['en', omsk, 'Omsk'],
    ['en', school, 'Средняя школа № 75 города Гомеля'],
  ] as const)('labels in %s: %s', (lang, n, label) => {
    expect(labelOf(n, lang)).toBe(label);
  });

  it.each([
    [['r-1'], 'report'],
    [['csv:twins.csv'], 'list'],
    [['r-1', 'csv:twins.csv'], 'both'],
    [[], 'report'],
  ] as const)('origin of %j is %s', (reports, origin) => {
    expect(originOf(reports)).toBe(origin);
  });

  it("gives an institution its city's country when the city is in the subgraph", () => {
    const els = toElements({ nodes: [school, gomel], edges: [] }, 'ru');
    expect(els.find((e) => e.data.id === school.id)!.data.country).toBe('BY');
    expect(toElements({ nodes: [school], edges: [] }, 'ru')[0]!.data.country).toBeNull();
  });

  it('drops edges to nodes it does not have, unless the view already has them, and duplicates', () => {
    const sub = { nodes: [omsk], edges: [edge('x', 'TWIN', 'city:omsk', 'city:gomel'), edge('x', 'TWIN', 'city:omsk', 'city:gomel')] };
    expect(toElements(sub, 'ru').filter((e) => e.group === 'edges')).toHaveLength(0);
    expect(toElements(sub, 'ru', new Set(['city:gomel'])).filter((e) => e.group === 'edges')).toHaveLength(1);
  });
});

describe('graph store', () => {
  it('keeps the union of its parts and answers only what is new', () => {
    const store = new GraphStore();
    expect(store.set('n:city:gomel', sample).added.edges).toHaveLength(7);
    const again = store.set('tool', { nodes: [omsk, gomel], edges: [sample.edges[0]!, edge('new', 'CONTACT', 'city:omsk', 'city:gomel')] });
    expect(again.added.nodes).toEqual([]);
    expect(again.added.edges.map((e) => e.id)).toEqual(['new']);
    expect(again.removed).toEqual({ nodes: [], edges: [] });
    expect(store.size).toBe(6 + 8);
  });

  it('drops what only a replaced or deleted part held', () => {
    const store = new GraphStore();
    store.set('n:city:omsk', { nodes: [omsk, gomel], edges: [sample.edges[0]!] });
    store.set('tool', { nodes: [omsk, gomel, school], edges: [sample.edges[0]!, sample.edges[5]!] });
    const replaced = store.set('tool', { nodes: [omsk], edges: [] });
    expect(replaced.removed).toEqual({ nodes: ['inst:school-75'], edges: ['e6'] });
    expect(store.delete('tool').removed).toEqual({ nodes: [], edges: [] });
    expect([...store.nodes.keys()]).toEqual(['city:omsk', 'city:gomel']);
    expect(store.delete('n:city:omsk').removed.nodes).toEqual(['city:omsk', 'city:gomel']);
  });

  it('gives the visible part in the API shape, without edges to hidden nodes', () => {
    const store = new GraphStore();
    store.set('overview', sample);
    const sub = store.subgraph(new Set(['city:omsk', 'city:gomel', 'e1', 'e2', 'e6']));
    expect(sub.nodes.map((n) => n.id)).toEqual(['city:omsk', 'city:gomel']);
    expect(sub.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
  });
});

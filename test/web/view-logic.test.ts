import { describe, expect, it } from 'vitest';
import { classify, query } from '../../web/src/api.js';
import { toGraphML, toJSON } from '../../web/src/graphml.js';
import { countryPositions, GEO_SCALE, geoPositions, geoScale, layoutOptions } from '../../web/src/layouts.js';
import { communities, degrees, normalise } from '../../web/src/metrics.js';
import { resultHighlight, resultSubgraph } from '../../web/src/tool-results.js';
import { toNodeData } from '../../web/src/to-elements.js';
import { edge, gomel, minsk, omsk, sample, school, tomsk } from './fixtures.js';

const nodes = sample.nodes.map((n) => toNodeData(n, 'ru', new Map(sample.nodes.map((x) => [x.id, x]))));

describe('layouts', () => {
  it('places cities by longitude and latitude, north up', () => {
    const pos = geoPositions(nodes);
    expect(pos['city:omsk']).toEqual({ x: 73.37 * GEO_SCALE, y: -54.99 * GEO_SCALE });
    expect(pos['city:tomsk']!.y).toBeLessThan(pos['city:omsk']!.y);
  });

  it('puts an institution near its city and a country under its cities', () => {
    const pos = geoPositions(nodes);
    const d = Math.hypot(pos['inst:school-75']!.x - pos['city:gomel']!.x, pos['inst:school-75']!.y - pos['city:gomel']!.y);
    expect(d).toBeCloseTo(56);
    expect(pos['country:BY']).toBeDefined();
  });

  it('puts a node without coordinates or city beside the placed node it is linked to', () => {
    const event = { id: 'event:forum', kind: 'Event' as const, lat: null, lon: null, city: null, country: null };
    const pos = geoPositions([...nodes, event], GEO_SCALE, [{ source: 'event:forum', target: 'city:omsk' }]);
    const d = Math.hypot(pos['event:forum']!.x - pos['city:omsk']!.x, pos['event:forum']!.y - pos['city:omsk']!.y);
    expect(d).toBeCloseTo(56);
  });

  it('scales the map so its spread fills about one view', () => {
    expect(geoScale(nodes, { width: 900, height: 600 })).toBeCloseTo((900 * 0.9) / (84.97 - 27.57));
    expect(geoScale([omsk].map((n) => toNodeData(n, 'ru')), { width: 900, height: 600 })).toBe(GEO_SCALE);
  });

  it('places every node even without any coordinates', () => {
    const pos = geoPositions([{ id: 'event:x', kind: 'Event', lat: null, lon: null, city: null, country: null }]);
    expect(pos['event:x']).toEqual({ x: 0, y: 120 });
  });

  it('groups nodes by country, each group apart', () => {
    const pos = countryPositions(nodes);
    expect(Object.keys(pos).sort()).toEqual(nodes.map((n) => n.id).sort());
    const dist = (a: string, b: string) => Math.hypot(pos[a]!.x - pos[b]!.x, pos[a]!.y - pos[b]!.y);
    expect(dist('city:gomel', 'city:minsk')).toBeLessThan(dist('city:gomel', 'city:omsk'));
  });

  it('gives Cytoscape the options for each layout', () => {
    expect(layoutOptions('fcose', nodes).name).toBe('fcose');
    expect(layoutOptions('concentric', nodes).name).toBe('concentric');
    expect(layoutOptions('geo', nodes)).toMatchObject({ name: 'preset' });
  });
});

describe('metrics', () => {
  const links = sample.edges.map((e) => ({ source: e.source, target: e.target }));
  it('counts degrees and scales scores to 0–1', () => {
    const d = degrees(nodes.map((n) => n.id), links);
    expect(d.get('city:gomel')).toBe(5);
    const s = normalise(d);
    expect(s.get('city:gomel')).toBe(1);
    expect(s.get('inst:school-75')).toBeCloseTo(Math.sqrt(1 / 5));
    expect(normalise(new Map([['a', 0]])).get('a')).toBe(0);
  });

  it('finds the same communities every time, largest first', () => {
    const ids = ['a', 'b', 'c', 'x', 'y', 'z'];
    const two = [
      ['a', 'b'], ['b', 'c'], ['a', 'c'],
      ['x', 'y'], ['y', 'z'], ['x', 'z'],
      ['c', 'x'],
    ].map(([source, target]) => ({ source: source!, target: target! }));
    const first = communities(ids, two);
    expect(communities([...ids].reverse(), [...two].reverse())).toEqual(first);
    expect(new Set(['a', 'b', 'c'].map((id) => first.get(id))).size).toBe(1);
    expect(new Set(['x', 'y', 'z'].map((id) => first.get(id))).size).toBe(1);
    expect(first.get('a')).not.toBe(first.get('x'));
    expect(communities(['lone'], []).get('lone')).toBe(0);
  });
});

describe('export', () => {
  it('writes GraphML with escaped names, typed keys and undirected symmetric kinds', () => {
    const xml = toGraphML({ nodes: [omsk, { ...gomel, name: 'Гомель <"&">' }], edges: [edge('5:a:1', 'TWIN', 'city:gomel', 'city:omsk', { year: 2023, directed: false })] });
    expect(xml).toContain('<key id="n_lat" for="node" attr.name="lat" attr.type="double"/>');
    expect(xml).toContain('<data key="n_name">Гомель &lt;&quot;&amp;&quot;&gt;</data>');
    expect(xml).toContain('<edge id="5:a:1" source="city:gomel" target="city:omsk" directed="false">');
    expect(xml).toContain('<data key="e_year">2023</data>');
    expect(xml).not.toContain('n_nameEn">null');
  });

  it('writes JSON in the API shape', () => {
    expect(JSON.parse(toJSON({ nodes: [omsk], edges: [] }))).toEqual({ nodes: [omsk], edges: [] });
  });
});

describe('tool results', () => {
  const rel = (id: string, s: string, t: string) => ({ ...edge(id, 'TWIN', s, t), evidence: [] });
  const shared = {
    tool: 'shared' as const,
    data: { of: [omsk, tomsk], partners: [{ partner: minsk, sides: [{ of: omsk.id, relations: [rel('r1', minsk.id, omsk.id)] }, { of: tomsk.id, relations: [rel('r2', minsk.id, tomsk.id)] }] }] },
  };
  const paths = {
    tool: 'path' as const,
    data: {
      from: school,
      to: tomsk,
      nodes: [school, gomel, tomsk, omsk],
      paths: [
        { length: 2, nodes: [school.id, gomel.id, tomsk.id], hops: [{ from: school.id, to: gomel.id, relation: rel('p1', school.id, gomel.id) }, { from: gomel.id, to: tomsk.id, relation: rel('p2', gomel.id, tomsk.id) }] },
        { length: 1, nodes: [school.id, omsk.id], hops: [{ from: school.id, to: omsk.id, relation: rel('p3', school.id, omsk.id) }] },
      ],
    },
  };

  it('brings the shared partners and both sides’ relations into the view, highlighted', () => {
    expect(resultSubgraph(shared).edges.map((e) => e.id)).toEqual(['r1', 'r2']);
    expect(resultHighlight(shared, 0)).toEqual({ nodes: [omsk.id, tomsk.id, minsk.id], edges: ['r1', 'r2'], cls: 'highlighted' });
  });

  it('highlights the chosen path on-path, the shortest by default', () => {
    expect(resultHighlight(paths, 0)).toEqual({ nodes: [school.id, gomel.id, tomsk.id], edges: ['p1', 'p2'], cls: 'on-path' });
    expect(resultHighlight(paths, 1)!.edges).toEqual(['p3']);
    expect(resultHighlight(paths, 9)!.edges).toEqual(['p3']);
    expect(resultHighlight({ tool: 'path', message: 'No route' }, 0)).toBeNull();
  });

  it('highlights the city and its similar cities', () => {
    const row = (city: typeof tomsk) => ({ city, common: 2, jaccard: 0.2, adamicAdar: 1.1, shared: [gomel] });
    const r = { tool: 'similar' as const, data: { of: omsk, similar: [row(tomsk), row(minsk)] } };
    expect(resultHighlight(r, 0)!.nodes).toEqual([omsk.id, tomsk.id, minsk.id]);
    expect(resultSubgraph(r)).toEqual({ nodes: [omsk, tomsk, minsk], edges: [] });
  });
});

describe('api client helpers', () => {
  it.each([
    [404, { code: 'not_found', message: 'No route GET /api/similar/city:omsk' }, 'missing-route'],
    [404, { code: 'not_found', message: 'No entity with id "city:x"' }, 'not-found'],
    [404, null, 'missing-route'],
    [501, null, 'missing-route'],
    [503, { code: 'database_unavailable', message: 'down' }, 'down'],
    [400, { code: 'bad_request', message: 'x' }, 'bad-request'],
    [429, null, 'busy'],
    [500, null, 'server'],
  ] as const)('classifies %i %j as %s', (status, body, kind) => {
    expect(classify(status, body)).toBe(kind);
  });

  it('builds query strings without empty values', () => {
    expect(query({ q: 'гомель', kinds: ['TWIN', 'VISIT'], limit: 8, yearFrom: null, source: '' })).toBe('?q=%D0%B3%D0%BE%D0%BC%D0%B5%D0%BB%D1%8C&kinds=TWIN%2CVISIT&limit=8');
    expect(query({ kinds: [] })).toBe('');
  });
});

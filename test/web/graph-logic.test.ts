import { describe, expect, it } from 'vitest';
import { classify, query } from '../../web/src/app/api.js';
import { geoPositions } from '../../web/src/graph/geo-positions.js';
import { countryPositions, layoutOptions } from '../../web/src/graph/layouts.js';
import { centreLongitude, geoProjection } from '../../web/src/graph/projection.js';
import { communities, degrees, normalise } from '../../web/src/graph/metrics.js';
import { resultHighlight, resultSubgraph } from '../../web/src/app/tool-results.js';
import { toNodeData } from '../../web/src/graph/elements.js';
import { edge, gomel, minsk, omsk, sample, school, tomsk } from './fixtures.js';

const nodes = sample.nodes.map((n) => toNodeData(n, 'ru', new Map(sample.nodes.map((x) => [x.id, x]))));

describe('layouts', () => {
  const projection = geoProjection(nodes.filter((n) => n.lat !== null).map((n) => ({ lon: n.lon!, lat: n.lat! })), { width: 900, height: 600 });
  const project = (lon: number, lat: number) => {
    const [x, y] = projection([lon, lat])!;
    return { x, y };
  };

  it('places cities through the map projection, north up and west left', () => {
    const { positions: pos } = geoPositions(nodes, project);
    expect(pos['city:omsk']).toEqual(project(73.37, 54.99));
    expect(pos['city:tomsk']!.y).toBeLessThan(pos['city:omsk']!.y);
    expect(pos['city:gomel']!.x).toBeLessThan(pos['city:omsk']!.x);
  });

  it('centres the projection on the nodes and scales their spread to about one view', () => {
    expect(centreLongitude([{ lon: 170, lat: 0 }, { lon: -170, lat: 0 }])).toBeCloseTo(180);
    expect(centreLongitude([{ lon: 30, lat: 0 }, { lon: 80, lat: 0 }])).toBeCloseTo(55);
    const xs = nodes.filter((n) => n.lat !== null).map((n) => project(n.lon!, n.lat!).x);
    const span = Math.max(...xs) - Math.min(...xs);
    expect(span).toBeLessThanOrEqual(900 * 0.9 + 1e-6);
    expect(span).toBeGreaterThan(300);
  });

  it('puts an institution near its city and a country under its cities', () => {
    const { positions: pos } = geoPositions(nodes, project);
    const d = Math.hypot(pos['inst:school-75']!.x - pos['city:gomel']!.x, pos['inst:school-75']!.y - pos['city:gomel']!.y);
    expect(d).toBeCloseTo(56);
    expect(pos['country:BY']).toBeDefined();
  });

  it('puts an event without coordinates beside the placed node it is linked to', () => {
    const event = { id: 'event:forum', kind: 'Event' as const, lat: null, lon: null, city: null, country: null };
    const { positions: pos } = geoPositions([...nodes, event], project, [{ source: 'event:forum', target: 'city:omsk' }]);
    const d = Math.hypot(pos['event:forum']!.x - pos['city:omsk']!.x, pos['event:forum']!.y - pos['city:omsk']!.y);
    expect(d).toBeCloseTo(56);
  });

  it('lists a city without coordinates as off the map instead of placing it anywhere', () => {
    const lost = { id: 'city:nowhere', kind: 'City' as const, lat: null, lon: null, city: null, country: 'KZ' };
    const { positions, offMap } = geoPositions([...nodes, lost], project, [{ source: 'city:nowhere', target: 'city:omsk' }]);
    expect(positions['city:nowhere']).toBeUndefined();
    expect(offMap).toEqual(['city:nowhere']);
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
    expect(layoutOptions('country', nodes)).toMatchObject({ name: 'preset' });
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

// Layout options as one commented constants object, and the pure position functions behind the geographic and
// by-country layouts (nodes in, {id: position} out; tested in Node).
import type { LayoutOptions } from 'cytoscape';
import type { NodeData } from './to-elements.js';
import type { LayoutName } from './url-state.js';

export type Position = { x: number; y: number };
type PNode = Pick<NodeData, 'id' | 'kind' | 'lat' | 'lon' | 'city' | 'country'>;

/** Pixels per degree of longitude and latitude in the geographic layout, unless the view asks for a fit. */
export const GEO_SCALE = 24;

/**
 * Pixels per degree that lay the placed nodes' spread over about one viewport at zoom 1, so nodes and labels
 * keep their drawn size instead of shrinking with a fit (between 4 and 80).
 */
export function geoScale(nodes: readonly PNode[], viewport: { width: number; height: number }): number {
  const placed = nodes.filter((n) => n.lat !== null && n.lon !== null);
  if (placed.length < 2) return GEO_SCALE;
  const lons = placed.map((n) => n.lon!);
  const lats = placed.map((n) => n.lat!);
  const spanX = Math.max(...lons) - Math.min(...lons) || 1;
  const spanY = Math.max(...lats) - Math.min(...lats) || 1;
  return Math.min(80, Math.max(4, Math.min((viewport.width * 0.9) / spanX, (viewport.height * 0.9) / spanY)));
}

export const LAYOUT_OPTIONS = {
  fcose: {
    name: 'fcose',
    // 'default' quality spends a spectral step on a good start, then the force pass; 'draft' skips the pass.
    quality: 'default',
    // Random start so a re-layout can untangle; positions do not carry over between loads anyway.
    randomize: true,
    animate: false,
    // Longer ideal edges and strong repulsion keep labels readable in small neighbourhoods.
    idealEdgeLength: 90,
    // Softer springs than the default 0.45: with twin-city hubs (one city, hundreds of partners) the default
    // keeps the force pass busy for seconds (bench/web.ts: 2,000 elements 8 s → about 1 s).
    edgeElasticity: 0.1,
    nodeRepulsion: 6500,
    nodeSeparation: 80,
    // Pulls disconnected pieces together so the view does not scatter.
    gravity: 0.3,
    packComponents: true,
    padding: 30,
    fit: true,
  },
  concentric: {
    name: 'concentric',
    // The most connected nodes in the middle, one ring per degree band.
    concentric: (n: { degree(includeLoops: boolean): number }) => n.degree(false),
    levelWidth: () => 2,
    minNodeSpacing: 30,
    animate: false,
    padding: 30,
    fit: true,
  },
  // geo and country are 'preset' layouts fed by the functions below.
  preset: { name: 'preset', animate: false, padding: 30, fit: true },
} as const;

/** Offset `i` of `n` nodes on a small ring around a point (institutions around their city, say). */
function ring(center: Position, i: number, n: number, radius: number): Position {
  if (n <= 1 && radius === 0) return center;
  const angle = (2 * Math.PI * i) / Math.max(n, 1);
  return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
}

type Link = { source: string; target: string };

/**
 * Map-like positions: x = lon, y = −lat (north up). A node without coordinates sits on a ring around its city,
 * or else around the first placed node it is linked to (an event around the city that held it); a country at
 * the centre of its placed cities; the rest line up under the map.
 */
export function geoPositions(nodes: readonly PNode[], scale = GEO_SCALE, links: readonly Link[] = []): Record<string, Position> {
  const pos: Record<string, Position> = {};
  const placed = (n: PNode) => n.lat !== null && n.lon !== null;
  for (const n of nodes) if (placed(n)) pos[n.id] = { x: n.lon! * scale, y: -n.lat! * scale };
  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    neighbours.set(l.source, [...(neighbours.get(l.source) ?? []), l.target]);
    neighbours.set(l.target, [...(neighbours.get(l.target) ?? []), l.source]);
  }
  const around = new Map<string, PNode[]>();
  const countries: PNode[] = [];
  const rest: PNode[] = [];
  for (const n of nodes) {
    if (pos[n.id]) continue;
    const anchor = n.city && pos[n.city] ? n.city : n.kind === 'Country' ? undefined : neighbours.get(n.id)?.find((id) => pos[id]);
    if (anchor) around.set(anchor, [...(around.get(anchor) ?? []), n]);
    else if (n.kind === 'Country') countries.push(n);
    else rest.push(n);
  }
  // The ring grows with its members, so thirty events around one city do not pile up.
  for (const [city, members] of around) members.forEach((n, i) => (pos[n.id] = ring(pos[city]!, i, members.length, 50 + 6 * members.length)));
  for (const c of countries) {
    const mine = nodes.filter((n) => n.kind === 'City' && n.country === c.country && pos[n.id]).map((n) => pos[n.id]!);
    if (mine.length > 0) pos[c.id] = { x: mean(mine.map((p) => p.x)), y: mean(mine.map((p) => p.y)) + 60 };
    else rest.push(c);
  }
  const all = Object.values(pos);
  const minX = all.length ? Math.min(...all.map((p) => p.x)) : 0;
  const maxY = all.length ? Math.max(...all.map((p) => p.y)) : 0;
  rest.forEach((n, i) => (pos[n.id] = { x: minX + (i % 12) * 90, y: maxY + 120 + Math.floor(i / 12) * 60 }));
  return pos;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** One circle of nodes per country (largest first), the circles in a grid; unknown countries last. */
export function countryPositions(nodes: readonly PNode[]): Record<string, Position> {
  const groups = new Map<string, PNode[]>();
  for (const n of nodes) {
    const key = n.country ?? '~';
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const ordered = [...groups].sort(([a, x], [b, y]) => (a === '~' ? 1 : b === '~' ? -1 : y.length - x.length || a.localeCompare(b)));
  const cell = (g: PNode[]) => Math.max(160, Math.sqrt(g.length) * 70);
  const size = Math.max(...ordered.map(([, g]) => cell(g)), 160);
  const columns = Math.max(1, Math.ceil(Math.sqrt(ordered.length)));
  const pos: Record<string, Position> = {};
  ordered.forEach(([, group], gi) => {
    const center = { x: (gi % columns) * size * 1.3, y: Math.floor(gi / columns) * size * 1.3 };
    const radius = group.length === 1 ? 0 : cell(group) / 2;
    group.forEach((n, i) => (pos[n.id] = ring(center, i, group.length, radius)));
  });
  return pos;
}

/** Cytoscape layout options for a layout name, given the nodes to place and the size of the view. */
export function layoutOptions(name: LayoutName, nodes: readonly PNode[], viewport = { width: 800, height: 600 }, links: readonly Link[] = []): LayoutOptions {
  if (name === 'geo') return { ...LAYOUT_OPTIONS.preset, positions: geoPositions(nodes, geoScale(nodes, viewport), links) } as LayoutOptions;
  if (name === 'country') return { ...LAYOUT_OPTIONS.preset, positions: countryPositions(nodes) } as LayoutOptions;
  if (name === 'concentric') return { ...LAYOUT_OPTIONS.concentric } as unknown as LayoutOptions;
  return { ...LAYOUT_OPTIONS.fcose } as unknown as LayoutOptions;
}

// Layout options as one commented constants object, and the pure position functions behind the geographic and
// by-country layouts (nodes in, {id: position} out; tested in Node).
import type { LayoutOptions } from 'cytoscape';
import type { NodeData } from './elements.js';
import type { LayoutName } from '../app/state.js';

export type Position = { x: number; y: number };
export type PNode = Pick<NodeData, 'id' | 'kind' | 'lat' | 'lon' | 'city' | 'country'>;

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
export function ring(center: Position, i: number, n: number, radius: number): Position {
  if (n <= 1 && radius === 0) return center;
  const angle = (2 * Math.PI * i) / Math.max(n, 1);
  return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
}

export type Link = { source: string; target: string };

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
export function layoutOptions(name: Exclude<LayoutName, 'geo'>, nodes: readonly PNode[]): LayoutOptions {
  if (name === 'country') return { ...LAYOUT_OPTIONS.preset, positions: countryPositions(nodes) } as LayoutOptions;
  if (name === 'concentric') return { ...LAYOUT_OPTIONS.concentric } as unknown as LayoutOptions;
  return { ...LAYOUT_OPTIONS.fcose } as unknown as LayoutOptions;
}

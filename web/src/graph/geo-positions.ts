// Positions of the geographic layout (pure, tested in Node): cities at their projected coordinates; a node
// without coordinates on a ring around its city or the first placed node it is linked to; a country under the
// middle of its placed cities. What has no place on the map is returned as `offMap`, to be listed, not stacked.
import { ring, type Link, type PNode, type Position } from './layouts.js';

export type Project = (lon: number, lat: number) => Position;

export function geoPositions(nodes: readonly PNode[], project: Project, links: readonly Link[] = []): { positions: Record<string, Position>; offMap: string[] } {
  const pos: Record<string, Position> = {};
  for (const n of nodes) if (n.lat !== null && n.lon !== null) pos[n.id] = project(n.lon, n.lat);
  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    neighbours.set(l.source, [...(neighbours.get(l.source) ?? []), l.target]);
    neighbours.set(l.target, [...(neighbours.get(l.target) ?? []), l.source]);
  }
  const around = new Map<string, PNode[]>();
  const countries: PNode[] = [];
  const offMap: string[] = [];
  for (const n of nodes) {
    if (pos[n.id]) continue;
    const anchor = n.city && pos[n.city] ? n.city : n.kind === 'Country' || n.kind === 'City' ? undefined : neighbours.get(n.id)?.find((id) => pos[id]);
    if (anchor) around.set(anchor, [...(around.get(anchor) ?? []), n]);
    else if (n.kind === 'Country') countries.push(n);
    else offMap.push(n.id);
  }
  // The ring grows with its members, so thirty events around one city do not pile up.
  for (const [city, members] of around) members.forEach((n, i) => (pos[n.id] = ring(pos[city]!, i, members.length, 50 + 6 * members.length)));
  for (const c of countries) {
    const mine = nodes.filter((n) => n.kind === 'City' && n.country === c.country && pos[n.id]).map((n) => pos[n.id]!);
    if (mine.length > 0) pos[c.id] = { x: mean(mine.map((p) => p.x)), y: mean(mine.map((p) => p.y)) + 60 };
    else offMap.push(c.id);
  }
  return { positions: pos, offMap };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// Positions that draw a tool's answer as what it is (pure, tested in Node), so no edge seems to run through a
// node it does not touch: a path as a chain in order, left to right, its alternatives as rows above and below;
// shared partners with the chosen cities in one column and the partners in another. A hop that would still
// pass over a node in a straight line (a shortcut along the chain) is returned to be drawn as an arc.
import type { Position } from './layouts.js';

/** Horizontal distance between two nodes of a chain, and between the rows of alternatives. */
const STEP = 170;
const ROW = 130;

/**
 * The chosen path on the middle row, each node at its step; every other path's nodes that are not placed yet
 * on rows alternately below and above, at their own step (ends are shared, so each row bends back to them).
 */
export function chainPositions(paths: ReadonlyArray<readonly string[]>, chosen = 0): Record<string, Position> {
  const pos: Record<string, Position> = {};
  const main = paths[chosen];
  if (!main) return pos;
  main.forEach((id, i) => (pos[id] = { x: i * STEP, y: 0 }));
  const width = (main.length - 1) * STEP;
  let row = 0;
  paths.forEach((path, p) => {
    if (p === chosen) return;
    const fresh = path.filter((id) => !pos[id]);
    if (fresh.length === 0) return;
    row++;
    const y = (row % 2 === 1 ? 1 : -1) * Math.ceil(row / 2) * ROW;
    // Spread the row's own nodes evenly between the path's ends, in their order along it.
    const step = width / (fresh.length + 1);
    fresh.forEach((id, i) => (pos[id] = { x: step * (i + 1), y }));
  });
  return pos;
}

/** The chosen cities in the left column, the partners in the right one, both centred on the same middle. */
export function sidesPositions(of: readonly string[], partners: readonly string[]): Record<string, Position> {
  const GAP = 70;
  const pos: Record<string, Position> = {};
  const right = partners.filter((id) => !of.includes(id));
  const span = Math.max(0, right.length - 1) * GAP;
  right.forEach((id, i) => (pos[id] = { x: 3 * STEP, y: -span / 2 + i * GAP }));
  // The chosen cities spread over the partners' height (at least one gap apart), so their fans do not overlap.
  const left = Math.max(span, (of.length - 1) * GAP * 2);
  of.forEach((id, i) => (pos[id] = { x: 0, y: of.length > 1 ? -left / 2 + (left * i) / (of.length - 1) : 0 }));
  return pos;
}

/** Whether point p lies on the segment a–b (within `tolerance` px), strictly between its ends. */
export function onSegment(p: Position, a: Position, b: Position, tolerance = 12): boolean {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len === 0) return false;
  const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
  if (Math.abs(cross) / len > tolerance) return false;
  const along = ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (len * len);
  return along > 0.01 && along < 0.99;
}

/** The hops (as `a|b`, both orders) whose straight line would pass over another placed node. */
export function hopsToArc(hops: ReadonlyArray<readonly [string, string]>, pos: Record<string, Position>): Set<string> {
  const arcs = new Set<string>();
  const ids = Object.keys(pos);
  for (const [a, b] of hops) {
    if (!pos[a] || !pos[b]) continue;
    if (ids.some((id) => id !== a && id !== b && onSegment(pos[id]!, pos[a]!, pos[b]!))) arcs.add(`${a}|${b}`).add(`${b}|${a}`);
  }
  return arcs;
}

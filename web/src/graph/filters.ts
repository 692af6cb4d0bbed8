// Which nodes and edges the filters leave visible (kinds, years, countries, source), and the ranges to offer.
import type { EdgeData, NodeData } from './elements.js';
import type { Filters } from '../app/state.js';

type FNode = Pick<NodeData, 'id' | 'country'>;
type FEdge = Pick<EdgeData, 'id' | 'source' | 'target' | 'kind' | 'year' | 'origin'>;

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

/** An edge passes on its own: its kind, its year (undated ones as the `undated` toggle says), its source. */
export function edgePasses(e: FEdge, f: Filters): boolean {
  if (!f.kinds.includes(e.kind)) return false;
  if (e.year === null && !f.undated) return false;
  if (e.year !== null && (f.yearFrom !== null || f.yearTo !== null)) {
    if (f.yearFrom !== null && e.year < f.yearFrom) return false;
    if (f.yearTo !== null && e.year > f.yearTo) return false;
  }
  if (f.source === 'reports' && e.origin === 'list') return false;
  if (f.source === 'lists' && e.origin === 'report') return false;
  return true;
}

/**
 * The visible part of a graph. With countries chosen, an edge stays when one of its ends is in them. A node
 * stays when one of its edges does, when it has no edges at all (and is in the countries), or when it is
 * pinned (the selection, the tools' picks and their answers never vanish under a filter; a pinned edge id
 * keeps that edge too). With a minimum degree, nodes with fewer visible edges go, and their edges with them.
 */
export function visibleIds(nodes: readonly FNode[], edges: readonly FEdge[], f: Filters, pinned: ReadonlySet<string> = new Set()): Visible {
  const country = new Map(nodes.map((n) => [n.id, n.country]));
  const inCountries = (id: string) => f.countries.length === 0 || f.countries.includes(country.get(id) ?? '');
  const visibleEdges = new Set<string>();
  const touched = new Set<string>();
  const withEdges = new Set<string>();
  for (const e of edges) {
    withEdges.add(e.source);
    withEdges.add(e.target);
    if (!pinned.has(e.id)) {
      if (!edgePasses(e, f)) continue;
      if (!inCountries(e.source) && !inCountries(e.target)) continue;
    }
    visibleEdges.add(e.id);
    touched.add(e.source);
    touched.add(e.target);
  }
  const visibleNodes = new Set<string>();
  for (const n of nodes) {
    if (pinned.has(n.id) || touched.has(n.id) || (!withEdges.has(n.id) && inCountries(n.id))) visibleNodes.add(n.id);
  }
  if (f.minDegree > 1) dropLowDegree(edges, visibleNodes, visibleEdges, f.minDegree, pinned);
  return { nodes: visibleNodes, edges: visibleEdges };
}

/** One pass (not a k-core): a node below the minimum among the visible edges leaves, with its edges. */
function dropLowDegree(edges: readonly FEdge[], nodes: Set<string>, visible: Set<string>, min: number, pinned: ReadonlySet<string>): void {
  const degree = new Map<string, number>();
  for (const e of edges) {
    if (!visible.has(e.id)) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  for (const id of [...nodes]) if (!pinned.has(id) && (degree.get(id) ?? 0) < min) nodes.delete(id);
  for (const e of edges) if (visible.has(e.id) && !pinned.has(e.id) && (!nodes.has(e.source) || !nodes.has(e.target))) visible.delete(e.id);
}

/** Undated edges among those passing every filter but the year (what the undated toggle shows or hides). */
export function undatedCount(edges: readonly FEdge[], f: Filters): number {
  let n = 0;
  for (const e of edges) if (e.year === null && edgePasses(e, { ...f, undated: true })) n++;
  return n;
}

/** The earliest and latest years among the edges, or null when none is dated. */
export function yearBounds(edges: readonly Pick<EdgeData, 'year'>[]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const e of edges) {
    if (e.year === null) continue;
    min = Math.min(min, e.year);
    max = Math.max(max, e.year);
  }
  return min === Infinity ? null : { min, max };
}

/** Countries among the nodes, most nodes first, then by code. */
export function countriesOf(nodes: readonly Pick<NodeData, 'country'>[]): Array<{ code: string; count: number }> {
  const counts = new Map<string, number>();
  for (const n of nodes) if (n.country) counts.set(n.country, (counts.get(n.country) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** The years a play button steps through: every year from min to max. */
export function playYears(bounds: { min: number; max: number }): number[] {
  return Array.from({ length: bounds.max - bounds.min + 1 }, (_, i) => bounds.min + i);
}

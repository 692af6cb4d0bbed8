// Pure helpers over the tools' answers: the subgraph each adds to the view and what each highlights.
import type { GraphEdge, GraphNode, Paths, SharedPartners, Similar } from '../api-types.js';
import type { Highlight } from '../graph/highlight.js';
import type { Fixed } from '../graph/run-layout.js';
import { chainPositions, hopsToArc, sidesPositions } from '../graph/tool-positions.js';
import type { Tool } from './state.js';

export type ToolResult =
  | { tool: 'shared'; data: SharedPartners }
  | { tool: 'similar'; data: Similar }
  | { tool: 'path'; data: Paths }
  | { tool: Tool; message: string };

type Sub = { nodes: GraphNode[]; edges: GraphEdge[] };

export function similarNodes(s: Similar): GraphNode[] {
  return s.similar.map((x) => x.city);
}

/** The nodes and edges a tool's answer brings into the view. */
export function resultSubgraph(r: ToolResult): Sub {
  if ('message' in r) return { nodes: [], edges: [] };
  if (r.tool === 'shared') return sharedSubgraph(r.data);
  if (r.tool === 'similar') return { nodes: [r.data.of, ...similarNodes(r.data)], edges: [] };
  return pathsSubgraph(r.data);
}

function sharedSubgraph(d: SharedPartners): Sub {
  return {
    nodes: [...d.of, ...d.partners.map((p) => p.partner)],
    edges: d.partners.flatMap((p) => p.sides.flatMap((s) => s.relations)),
  };
}

function pathsSubgraph(d: Paths): Sub {
  return { nodes: [d.from, d.to, ...d.nodes], edges: d.paths.flatMap((p) => p.hops.map((h) => h.relation)) };
}

/** What a tool's answer highlights; `alt` picks which path. Null when there is nothing to show. */
export function resultHighlight(r: ToolResult | null, alt: number): Highlight['result'] {
  if (!r || 'message' in r) return null;
  if (r.tool === 'shared') {
    const sub = sharedSubgraph(r.data);
    return { nodes: sub.nodes.map((n) => n.id), edges: sub.edges.map((e) => e.id), cls: 'highlighted' };
  }
  if (r.tool === 'similar') return { nodes: [r.data.of.id, ...similarNodes(r.data).map((n) => n.id)], edges: [], cls: 'highlighted' };
  const path = r.data.paths[Math.min(alt, r.data.paths.length - 1)];
  if (!path) return null;
  return { nodes: path.nodes, edges: path.hops.map((h) => h.relation.id), cls: 'on-path' };
}

/** Where a tool's answer puts its nodes (path: a chain in order; shared partners: two sides), or null. */
export function resultLayout(r: ToolResult | null, alt: number): Fixed | null {
  if (!r || 'message' in r || r.tool === 'similar') return null;
  if (r.tool === 'shared') {
    const positions = sidesPositions(r.data.of.map((n) => n.id), r.data.partners.map((p) => p.partner.id));
    const hops = sharedSubgraph(r.data).edges.map((e) => [e.source, e.target] as [string, string]);
    return { positions, arcs: hopsToArc(hops, positions) };
  }
  if (r.data.paths.length === 0) return null;
  const chosen = Math.min(alt, r.data.paths.length - 1);
  const positions = chainPositions(r.data.paths.map((p) => p.nodes), chosen);
  const hops = r.data.paths.flatMap((p) => p.hops.map((h) => [h.from, h.to] as [string, string]));
  return { positions, arcs: hopsToArc(hops, positions) };
}

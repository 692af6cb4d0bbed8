// The one converter from the API's subgraph shape ({nodes, edges}) to Cytoscape element definitions.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../api-types.js';
import { isReportId } from '../api-types.js';
import type { Lang } from '../i18n/index.js';


/** Where a relation comes from: the reports, an imported twin list (csv:<file>), or both. */
export type Origin = 'report' | 'list' | 'both';

export interface NodeData {
  id: string;
  kind: GraphNode['kind'];
  name: string;
  nameEn: string | null;
  label: string;
  /** The node's country, or for an institution or event the country of its city when that city is known. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  city: string | null;
}

export interface EdgeData {
  id: string;
  kind: GraphEdge['kind'];
  source: string;
  target: string;
  directed: boolean;
  year: number | null;
  month: number | null;
  status: string | null;
  reports: string[];
  evidenceCount: number;
  origin: Origin;
}

export function labelOf(n: Pick<GraphNode, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && n.nameEn ? n.nameEn : n.name;
}

export function originOf(reports: readonly string[]): Origin {
  const fromReports = reports.some(isReportId);
  const fromLists = reports.some((r) => !isReportId(r));
  if (fromReports && fromLists) return 'both';
  return fromLists ? 'list' : 'report';
}

export function toNodeData(n: GraphNode, lang: Lang, byId?: ReadonlyMap<string, GraphNode>): NodeData {
  const cityCountry = n.city ? (byId?.get(n.city)?.country ?? null) : null;
  return {
    id: n.id,
    kind: n.kind,
    name: n.name,
    nameEn: n.nameEn,
    label: labelOf(n, lang),
    country: n.country ?? cityCountry,
    lat: n.lat,
    lon: n.lon,
    city: n.city,
  };
}

export function toEdgeData(e: GraphEdge): EdgeData {
  return {
    id: e.id,
    kind: e.kind,
    source: e.source,
    target: e.target,
    directed: e.directed ?? false,
    year: e.year,
    month: e.month,
    status: e.status,
    reports: e.reports,
    evidenceCount: e.evidenceCount,
    origin: originOf(e.reports),
  };
}

/**
 * The classes an edge's look hangs on: its kind (`k-TWIN`), `directed`, and `from-list` for relations known
 * only from a twin list (a node's is its kind, `k-City`). Classes rather than data selectors: at 25,000 edges
 * matching `edge[kind="…"]` in the stylesheet costs a second of style work that a class check does not.
 */
export function edgeClasses(d: Pick<EdgeData, 'kind' | 'directed' | 'origin'>): string {
  return [`k-${d.kind}`, d.directed ? 'directed' : '', d.origin === 'list' ? 'from-list' : ''].filter(Boolean).join(' ');
}

/**
 * Cytoscape elements for a subgraph: nodes first, then the edges whose two ends are present (Cytoscape refuses
 * an edge to a missing node). `known` holds ids already in the view, which count as present ends.
 */
export function toElements(
  sub: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] },
  lang: Lang,
  known: ReadonlySet<string> = new Set(),
): ElementDefinition[] {
  const byId = new Map(sub.nodes.map((n) => [n.id, n]));
  const nodes: ElementDefinition[] = [...byId.values()].map((n) => ({ group: 'nodes', data: { ...toNodeData(n, lang, byId) }, classes: `k-${n.kind}` }));
  const seen = new Set<string>();
  const edges: ElementDefinition[] = [];
  for (const e of sub.edges) {
    if (seen.has(e.id)) continue;
    if (!(byId.has(e.source) || known.has(e.source)) || !(byId.has(e.target) || known.has(e.target))) continue;
    seen.add(e.id);
    const data = toEdgeData(e);
    edges.push({ group: 'edges', data: { ...data }, classes: edgeClasses(data) });
  }
  return [...nodes, ...edges];
}

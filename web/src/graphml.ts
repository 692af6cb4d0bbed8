// The visible graph as GraphML (for Gephi, Cytoscape Desktop, yEd) and as JSON in the API's own shape.
import type { GraphEdge, GraphNode } from './api-types.js';

type Sub = { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] };

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const NODE_KEYS = [
  ['name', 'string'],
  ['nameEn', 'string'],
  ['kind', 'string'],
  ['country', 'string'],
  ['lat', 'double'],
  ['lon', 'double'],
] as const;
const EDGE_KEYS = [
  ['kind', 'string'],
  ['year', 'int'],
  ['status', 'string'],
  ['reports', 'string'],
  ['evidenceCount', 'int'],
] as const;

function dataLines(prefix: string, keys: ReadonlyArray<readonly [string, string]>, obj: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [k] of keys) {
    const v = obj[k];
    if (v === null || v === undefined) continue;
    lines.push(`      <data key="${prefix}_${k}">${xml(Array.isArray(v) ? v.join(',') : String(v))}</data>`);
  }
  return lines;
}

export function toGraphML(sub: Sub): string {
  const keys = [
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const nodes = sub.nodes.map((n) =>
    [`    <node id="${xml(n.id)}">`, ...dataLines('n', NODE_KEYS, n as unknown as Record<string, unknown>), '    </node>'].join('\n'),
  );
  // GraphML allows a per-edge `directed`; symmetric kinds (TWIN, AGREEMENT…) are undirected.
  const edges = sub.edges.map((e) =>
    [
      `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" directed="${e.directed ? 'true' : 'false'}">`,
      ...dataLines('e', EDGE_KEYS, e as unknown as Record<string, unknown>),
      '    </edge>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="twingraph" edgedefault="undirected">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export function toJSON(sub: Sub): string {
  return `${JSON.stringify({ nodes: sub.nodes, edges: sub.edges }, null, 2)}\n`;
}

// The filtered graph as files for Gephi (GEXF), Cytoscape Desktop (GraphML), a spreadsheet (CSV) or JSON.
import type { GraphNode, Relation } from '../schemas/subgraph.js';
import { edgeLifetime, lifetimeAttrs, nodeLifetimes } from './export-time.js';

export interface ExportGraph {
  nodes: GraphNode[];
  edges: Relation[];
}

const xml = (v: unknown) =>
  String(v ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const NODE_ATTRS = ['kind', 'name', 'nameEn', 'country', 'lat', 'lon', 'city'] as const;
const EDGE_ATTRS = ['kind', 'year', 'month', 'status', 'confidence', 'reports', 'evidence'] as const;

/** Quotes with their report and year, one string, for tools that take flat attributes. */
export const evidenceText = (e: Relation) =>
  e.evidence.map((x) => `[${x.file ?? x.report ?? x.source}${x.year ? ` ${x.year}` : ''}] ${x.quote ?? ''}`.trim()).join(' | ');

function edgeValue(e: Relation, k: (typeof EDGE_ATTRS)[number]): unknown {
  if (k === 'reports') return e.reports.join(';');
  if (k === 'evidence') return evidenceText(e);
  return e[k];
}

export function toGraphml(g: ExportGraph): string {
  const keys = [
    ...NODE_ATTRS.map((k) => `<key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'lat' || k === 'lon' ? 'double' : 'string'}"/>`),
    ...EDGE_ATTRS.map((k) => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="${k === 'year' || k === 'month' ? 'int' : k === 'confidence' ? 'double' : 'string'}"/>`),
  ];
  const data = (prefix: string, entries: Array<[string, unknown]>) =>
    entries.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => `<data key="${prefix}_${k}">${xml(v)}</data>`).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map((k) => `  ${k}`),
    '  <graph id="twingraph" edgedefault="directed">',
    ...g.nodes.map((n) => `    <node id="${xml(n.id)}">${data('n', NODE_ATTRS.map((k) => [k, n[k]]))}</node>`),
    ...g.edges.map(
      (e) => `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" directed="${e.directed}">${data('e', EDGE_ATTRS.map((k) => [k, edgeValue(e, k)]))}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** GEXF 1.3 with years as `start`/`end` (Gephi's timeline) and each relation kind as an edge `kind` (parallel edges). */
export function toGexf(g: ExportGraph): string {
  const lives = nodeLifetimes(g);
  const attrs = (entries: Array<[number, unknown]>) =>
    entries.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([i, v]) => `<attvalue for="${i}" value="${xml(v)}"/>`).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="integer" timerepresentation="interval">',
    `    <attributes class="node">${NODE_ATTRS.filter((k) => k !== 'name').map((k, i) => `<attribute id="${i}" title="${k}" type="${k === 'lat' || k === 'lon' ? 'double' : 'string'}"/>`).join('')}</attributes>`,
    `    <attributes class="edge">${EDGE_ATTRS.map((k, i) => `<attribute id="${i}" title="${k}" type="${k === 'year' || k === 'month' ? 'integer' : k === 'confidence' ? 'double' : 'string'}"/>`).join('')}</attributes>`,
    '    <nodes>',
    ...g.nodes.map((n) => `      <node id="${xml(n.id)}" label="${xml(n.name)}"${lifetimeAttrs(lives.get(n.id))}><attvalues>${attrs(NODE_ATTRS.filter((k) => k !== 'name').map((k, i) => [i, n[k]]))}</attvalues></node>`),
    '    </nodes>',
    '    <edges>',
    ...g.edges.map(
      (e) => `      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" type="${e.directed ? 'directed' : 'undirected'}" kind="${e.kind}" label="${e.kind}"${lifetimeAttrs(edgeLifetime(e))}><attvalues>${attrs(EDGE_ATTRS.map((k, i) => [i, edgeValue(e, k)]))}</attvalues></edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

/**
 * One CSV cell. Text a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage return
 * before one) gets a leading apostrophe, as OWASP advises, so `=HYPERLINK(…)` stays text; numbers stay numbers.
 */
export const cell = (v: unknown) => {
  let s = String(v ?? '');
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per node: kind, names, country and coordinates (the other half of a spreadsheet or Gephi import). */
export function toNodesCsv(g: ExportGraph): string {
  const header = ['id', 'kind', 'name', 'name_en', 'country', 'lat', 'lon', 'city'];
  const lines = g.nodes.map((n) => [n.id, n.kind, n.name, n.nameEn, n.country, n.lat, n.lon, n.city].map(cell).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/** One row per edge, with both ends' names and the evidence, so a spreadsheet needs nothing else. */
export function toCsv(g: ExportGraph): string {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const header = ['id', 'kind', 'source', 'source_name', 'target', 'target_name', 'directed', 'year', 'month', 'status', 'confidence', 'reports', 'evidence'];
  const lines = g.edges.map((e) =>
    [e.id, e.kind, e.source, byId.get(e.source)?.name, e.target, byId.get(e.target)?.name, e.directed, e.year, e.month, e.status, e.confidence, e.reports.join(';'), evidenceText(e)]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

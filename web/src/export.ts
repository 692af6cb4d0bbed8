// Export of the view: PNG and SVG images of the whole graph, GraphML and JSON of the visible elements.
import type { Core } from 'cytoscape';
import type { GraphStore } from './graph-store.js';
import { download } from './dom.js';
import { toGraphML, toJSON } from './graphml.js';
import type { ExportFormat } from './view-panel.js';

type WithSvg = Core & { svg(options?: { full?: boolean; scale?: number; bg?: string }): string };

export function exportView(cy: Core, store: GraphStore, format: ExportFormat): void {
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `twingraph-${stamp}.${format}`;
  if (format === 'png') {
    download(name, cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }));
    return;
  }
  if (format === 'svg') {
    download(name, (cy as WithSvg).svg({ full: true, scale: 1, bg: '#ffffff' }), 'image/svg+xml');
    return;
  }
  const visible = new Set(cy.elements().not('.filtered').map((e) => e.id()));
  const sub = store.subgraph(visible);
  if (format === 'graphml') download(name, toGraphML(sub), 'application/graphml+xml');
  else download(name, toJSON(sub), 'application/json');
}

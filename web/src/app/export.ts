// Export of the view: PNG and SVG images of the whole graph, and the visible elements as JSON in the API's own
// shape. GraphML, GEXF and CSV come from the server's GET /api/export (one writer for each format).
import type { Core } from 'cytoscape';
import type { GraphStore } from '../graph/store.js';
import { download } from '../ui/dom.js';
import type { ExportFormat } from '../ui/view-panel.js';

type WithSvg = Core & { svg(options?: { full?: boolean; scale?: number; bg?: string }): string };

export function exportView(cy: Core, store: GraphStore, format: ExportFormat): void {
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `twingraph-${stamp}.${format}`;
  if (format === 'png') return download(name, cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }));
  if (format === 'svg') return download(name, (cy as WithSvg).svg({ full: true, scale: 1, bg: '#ffffff' }), 'image/svg+xml');
  const visible = new Set(cy.elements().not('.filtered').map((e) => e.id()));
  const sub = store.subgraph(visible);
  download(name, `${JSON.stringify({ nodes: sub.nodes, edges: sub.edges }, null, 2)}\n`, 'application/json');
}

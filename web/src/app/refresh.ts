// Redraws the graph from the state: filters, sizes and colours, highlights, and a layout when one is due.
import { applyHighlights } from '../graph/highlight.js';
import { placeLabels } from '../graph/labels.js';
import { runLayout } from '../graph/run-layout.js';
import { applyFilters, applyMetrics } from '../graph/view.js';
import type { App } from './context.js';
import { render } from './render.js';
import { resultHighlight, resultLayout } from './tool-results.js';

/** Applies filters, sizes, colours and highlights; lays out when asked or when new nodes have no place yet. */
export async function refresh(app: App, opts: { layout: boolean; incremental?: boolean }): Promise<void> {
  const { cy, state: s } = app;
  const result = resultHighlight(app.toolResult, s.alt);
  const pinned = new Set([...s.picks, ...s.expanded, ...(s.node ? [s.node] : []), ...(result?.nodes ?? []), ...(result?.edges ?? [])].filter(Boolean));
  applyFilters(cy, s.filters, pinned);
  applyMetrics(cy, s.size, s.colour);
  highlight(app);
  const unplaced = cy.nodes().not('.filtered').filter((n) => !n.scratch('placed'));
  if (opts.layout || unplaced.nonempty()) {
    const incremental = (opts.incremental ?? false) || (!opts.layout && unplaced.length < cy.nodes().length);
    performance.mark('twingraph:layout-start');
    // A path or shared partners on screen are drawn as what they are, except on the map, where places are places.
    const fixed = resultLayout(app.toolResult, s.alt);
    app.offMap = (await runLayout(cy, s.layout, app.basemap, incremental, fixed)).offMap;
    performance.mark('twingraph:layout-done');
    cy.nodes().not('.filtered').forEach((n) => void n.scratch('placed', true));
    if (s.layout === 'geo' || s.layout === 'country') cy.nodes().forEach((n) => void n.scratch('placed', true));
  }
  placeLabels(cy);
  render(app);
}

export function highlight(app: App): void {
  const s = app.state;
  applyHighlights(app.cy, { picked: s.picks.filter(Boolean), result: resultHighlight(app.toolResult, s.alt), node: s.node, edge: s.edge });
}

// Redraws the graph from the state: filters, sizes and colours, highlights, and a layout when one is due.
import { applyHighlights } from '../graph/highlight.js';
import { placeLabels } from '../graph/labels.js';
import { layoutAtScale, runLayout } from '../graph/run-layout.js';
import { applyFilters, applyMetrics } from '../graph/view.js';
import type { App } from './context.js';
import { render } from './render.js';
import { resultHighlight, resultLayout } from './tool-results.js';
import { shown } from '../graph/classes.js';

/** Applies filters, sizes, colours and highlights; lays out when asked or when new nodes have no place yet. */
export async function refresh(app: App, opts: { layout: boolean; incremental?: boolean }): Promise<void> {
  const { cy, state: s } = app;
  const result = resultHighlight(app.toolResult, s.alt);
  const pinned = new Set([...s.picks, ...s.expanded, ...(s.node ? [s.node] : []), ...(result?.nodes ?? []), ...(result?.edges ?? [])].filter(Boolean));
  applyFilters(cy, s.filters, pinned);
  performance.mark('twingraph:filters-done');
  applyMetrics(cy, s.size, s.colour);
  performance.mark('twingraph:metrics-done');
  highlight(app);
  performance.mark('twingraph:highlight-done');
  const unplaced = shown(cy.nodes()).filter((n) => !n.scratch('placed'));
  if (opts.layout || unplaced.nonempty()) {
    const incremental = (opts.incremental ?? false) || (!opts.layout && unplaced.length < cy.nodes().length);
    performance.mark('twingraph:layout-start');
    // A path or shared partners on screen are drawn as what they are, except on the map, where places are places.
    const fixed = resultLayout(app.toolResult, s.alt);
    const visible = shown(cy.nodes()).length;
    const layout = layoutAtScale(s.layout, visible);
    app.onMapAtScale = layout !== s.layout ? visible : null;
    app.offMap = (await runLayout(cy, layout, app.basemap, incremental, fixed)).offMap;
    performance.mark('twingraph:layout-done');
    // The map and the country grid place every node, filtered or not; the other layouts the visible ones.
    const placed = layout === 'geo' || layout === 'country' ? cy.nodes() : shown(cy.nodes());
    placed.forEach((n) => void n.scratch('placed', true));
  }
  placeLabels(cy);
  performance.mark('twingraph:labels-done');
  render(app);
  performance.mark('twingraph:panels-done');
}

export function highlight(app: App): void {
  const s = app.state;
  applyHighlights(app.cy, { picked: s.picks.filter(Boolean), result: resultHighlight(app.toolResult, s.alt), node: s.node, edge: s.edge });
}

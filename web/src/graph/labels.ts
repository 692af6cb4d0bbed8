// Labels only where they fit: of the nodes on screen, the highest-scored get a label (class `named`), as many as
// the screen holds label-sized boxes; the rest show none until selected or highlighted. Recomputed when the view
// settles after a pan or zoom, so zooming in reveals more names.
import type { Core, NodeSingular } from 'cytoscape';
import { setClass, shown } from './classes.js';

/** The screen area one label needs (about 140 × 36 px including the gap around it). */
const LABEL_AREA = 140 * 36;
/** Views this small label everything. */
const LABEL_ALL_BELOW = 60;
const SETTLE_MS = 150;

export function placeLabels(cy: Core): void {
  const nodes = shown(cy.nodes()).filter((n) => !n.hasClass('off-map'));
  if (nodes.length <= LABEL_ALL_BELOW) {
    cy.batch(() => cy.nodes().addClass('named'));
    return;
  }
  const ext = cy.extent();
  const onScreen = nodes.filter((n) => {
    const p = (n as NodeSingular).position();
    return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
  });
  const budget = Math.max(LABEL_ALL_BELOW, Math.floor((cy.width() * cy.height()) / LABEL_AREA));
  const ranked = onScreen.sort((a, b) => ((b.data('score') as number) ?? 0) - ((a.data('score') as number) ?? 0));
  const labelled = new Set(ranked.slice(0, budget).map((n) => n.id()));
  cy.batch(() => {
    cy.nodes('.named').not(nodes).removeClass('named');
    setClass(nodes, 'named', (n) => labelled.has(n.id()));
  });
}

/** Re-places the labels once the view stops moving. */
export function followLabels(cy: Core): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => placeLabels(cy), SETTLE_MS);
  });
}

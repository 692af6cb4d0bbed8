// Interaction classes from the view's state: picked, highlighted, on-path and faded; the stylesheet decides
// their look. Recomputed from scratch each time, so no class outlives what caused it.
import type { Core, NodeSingular } from 'cytoscape';
import type cytoscape from 'cytoscape';

export interface Highlight {
  picked: readonly string[];
  /** A tool's result: these nodes and edges stand out (class `cls`) and the rest fades. */
  result: { nodes: readonly string[]; edges: readonly string[]; cls: 'highlighted' | 'on-path' } | null;
  node: string | null;
  edge: string | null;
}

/** Recomputes every interaction class from the view's state: a tool's result wins over the selection. */
export function applyHighlights(cy: Core, hl: Highlight): void {
  cy.batch(() => {
    // Only the elements that carry a class lose it: a removeClass over a 42,000-element overview costs a pass.
    const classes = ['faded', 'highlighted', 'on-path', 'picked'];
    cy.elements()
      .filter((e) => classes.some((c) => e.hasClass(c)))
      .removeClass(classes.join(' '));
    cy.elements(':selected').unselect();
    for (const id of hl.picked) cy.getElementById(id).addClass('picked');
    let focus: cytoscape.CollectionReturnValue | null = null;
    if (hl.result) {
      focus = cy.collection();
      for (const id of [...hl.result.nodes, ...hl.result.edges]) focus = focus.union(cy.getElementById(id));
      focus.addClass(hl.result.cls);
      for (const id of hl.picked) focus = focus.union(cy.getElementById(id));
    } else if (hl.node && cy.getElementById(hl.node).nonempty()) {
      const n = cy.getElementById(hl.node) as NodeSingular;
      focus = n.closedNeighborhood().not('.filtered');
      focus.addClass('highlighted');
    } else if (hl.edge && cy.getElementById(hl.edge).nonempty()) {
      const e = cy.getElementById(hl.edge);
      focus = e.union(e.connectedNodes());
      focus.addClass('highlighted');
    }
    if (focus) cy.elements().not(focus).addClass('faded');
    if (hl.node) cy.getElementById(hl.node).select();
    if (hl.edge) cy.getElementById(hl.edge).select();
  });
}

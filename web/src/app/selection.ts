// Selecting a node or an edge: the highlight at once, then its details from the API; graph clicks lead here.
import type { EdgeCollection, NodeSingular } from 'cytoscape';
import type { EdgeData, NodeData } from '../graph/elements.js';
import { bindKeys } from '../graph/view.js';
import { byId } from '../ui/dom.js';
import type { ViewRelation } from '../ui/node-panel.js';
import { api } from './api.js';
import type { App } from './context.js';
import { fail } from './fail.js';
import { commit } from './history.js';
import { expand } from './loaders.js';
import { highlight } from './refresh.js';
import { renderDetails } from './render.js';

export function select(app: App, node: string | null, edge: string | null): void {
  app.state.node = node;
  app.state.edge = edge;
  if (!node) app.entity = null;
  if (!edge) app.relation = null;
  commit(app.state);
  highlight(app);
  renderDetails(app);
}

export async function openNode(app: App, id: string, save = true): Promise<void> {
  app.state.node = id;
  app.state.edge = null;
  app.relation = null;
  if (save) commit(app.state, true);
  try {
    if (app.cy.getElementById(id).empty()) await expand(app, id, false);
    highlight(app);
    app.entity = await api.entity(id);
    app.known.set(id, app.entity);
    if (app.entity.kind === 'City' || app.entity.kind === 'Region') void loadTimeline(app, id);
  } catch (err) {
    app.entity = null;
    fail(app, err);
  }
  renderDetails(app);
}

export async function openEdge(app: App, id: string, save = true): Promise<void> {
  app.state.edge = id;
  app.state.node = null;
  app.entity = null;
  if (save) commit(app.state, true);
  highlight(app);
  try {
    app.relation = await api.relation(id);
  } catch (err) {
    app.relation = null;
    fail(app, err);
  }
  renderDetails(app);
}

/** The relations of a node that the view shows, the latest first. */
export function relationsInView(app: App, id: string): ViewRelation[] {
  const n = app.cy.getElementById(id) as NodeSingular;
  if (n.empty()) return [];
  return (n.connectedEdges().filter((e) => !e.hasClass('filtered')) as EdgeCollection)
    .map((e) => {
      const other = e.source().id() === id ? e.target() : e.source();
      return { edge: e.data() as EdgeData, other: other.data() as NodeData };
    })
    .sort((a, b) => (b.edge.year ?? 0) - (a.edge.year ?? 0));
}

export function bindGraphEvents(app: App): void {
  const cy = app.cy;
  bindKeys(cy, byId('cy'));
  cy.on('tap', 'node', (e) => void openNode(app, (e.target as NodeSingular).id()));
  cy.on('tap', 'edge', (e) => void openEdge(app, e.target.id()));
  cy.on('dbltap', 'node', (e) => void expand(app, (e.target as NodeSingular).id()));
  cy.on('tap', (e) => {
    if (e.target === cy) select(app, null, null);
  });
}

/** A place's relations per year, for the small chart in its panel; a failure just leaves the chart out. */
async function loadTimeline(app: App, id: string): Promise<void> {
  try {
    const data = await api.timeline([id]);
    app.timeline = { id, data };
    if (app.state.node === id) renderDetails(app);
  } catch {
    app.timeline = null;
  }
}

// Loading the view's parts from the API: the whole view from the state, the overview, a neighbourhood, the
// statistics and the health check. Each part joins the store under its key, then Cytoscape.
import type { GraphNode, Subgraph } from '../api-types.js';
import { RELATION_KINDS } from '../api-types.js';
import type { StoreChange } from '../graph/store.js';
import { addSubgraph, removeElements } from '../graph/view.js';
import { hideError, messageOf } from '../ui/banner.js';
import { api } from './api.js';
import type { App } from './context.js';
import { fail } from './fail.js';
import { commit } from './history.js';
import { openReport } from './reader.js';
import { refresh } from './refresh.js';
import { renderStats } from './render.js';
import { openEdge, openNode } from './selection.js';
import { apiFilters } from './state.js';
import { runTool } from './tools.js';

/** Most edges asked for per neighbourhood; every kind is fetched so the kind filter needs no reload. */
const NEIGHBOUR_LIMIT = 500;

/** Rebuilds the whole view from the state (first load, a shared link, back/forward). */
export async function loadView(app: App): Promise<void> {
  stopPlayer(app);
  app.store.clear();
  app.cut.clear();
  app.cy.elements().remove();
  app.entity = app.relation = app.toolResult = null;
  const s = app.state;
  const loads: Array<Promise<unknown>> = [];
  if (s.overview) loads.push(loadOverview(app, false));
  for (const id of s.expanded) loads.push(fetchNeighbours(id).then((sub) => add(app, `n:${id}`, sub, NEIGHBOUR_LIMIT)));
  if (s.tool) loads.push(runTool(app, false));
  const settled = await Promise.allSettled(loads);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) fail(app, failed.reason);
  await refresh(app, { layout: true });
  if (s.report) void openReport(app, s.report, s.at?.start ?? null, s.at?.end ?? null, false);
  else closeReader(app);
  if (s.edge) await openEdge(app, s.edge, false);
  else if (s.node) await openNode(app, s.node, false);
}

function closeReader(app: App): void {
  app.reader = null;
}

export function stopPlayer(app: App): void {
  if (!app.player) return;
  clearInterval(app.player);
  app.player = null;
}

function fetchNeighbours(id: string): Promise<Subgraph> {
  return api.neighbours(id, { kinds: RELATION_KINDS, limit: NEIGHBOUR_LIMIT });
}

/** Sets one part of the view (`overview`, `n:<id>`, `tool`); returns how many elements joined the graph. */
export function add(app: App, key: string, sub: Pick<Subgraph, 'nodes' | 'edges'> & { truncated?: boolean }, limit?: number): number {
  for (const n of sub.nodes) app.known.set(n.id, n);
  if (sub.truncated && limit) app.cut.set(key, limit);
  else app.cut.delete(key);
  return apply(app, app.store.set(key, sub));
}

export function drop(app: App, key: string): void {
  app.cut.delete(key);
  if (app.store.has(key)) apply(app, app.store.delete(key));
}

function apply(app: App, change: StoreChange): number {
  removeElements(app.cy, [...change.removed.edges, ...change.removed.nodes]);
  const added = addSubgraph(app.cy, change.added, app.state.lang);
  // Marks for bench/web.ts: elements in, and (after the layout) on screen.
  if (added > 0) {
    performance.mark('twingraph:elements-added');
    app.cy.one('render', () => performance.mark('twingraph:render'));
  }
  return added;
}

async function loadOverview(app: App, save = true): Promise<void> {
  try {
    const limit = app.state.limit;
    const sub = await api.graph({ ...apiFilters(app.state.filters), limit });
    app.state.overview = true;
    add(app, 'overview', sub, limit);
  } catch (err) {
    app.state.overview = false;
    throw err;
  } finally {
    if (save) commit(app.state);
  }
}

export async function overview(app: App): Promise<void> {
  try {
    await loadOverview(app);
    await refresh(app, { layout: true });
  } catch (err) {
    fail(app, err);
  }
}

/** A search pick: load its neighbourhood, select it and centre the view on it. */
export async function focusEntity(app: App, node: GraphNode): Promise<void> {
  app.known.set(node.id, node);
  await expand(app, node.id, false);
  await openNode(app, node.id);
  const n = app.cy.getElementById(node.id);
  if (n.nonempty()) app.cy.animate({ center: { eles: n }, duration: 250 });
}

export async function expand(app: App, id: string, relayout = true): Promise<void> {
  try {
    const sub = await fetchNeighbours(id);
    if (!app.state.expanded.includes(id)) app.state.expanded.push(id);
    const added = add(app, `n:${id}`, sub, NEIGHBOUR_LIMIT);
    commit(app.state);
    await refresh(app, { layout: relayout ? added > 0 : true, incremental: relayout && app.cy.nodes().length > added });
  } catch (err) {
    fail(app, err);
  }
}

export async function loadStats(app: App): Promise<void> {
  try {
    app.wholeStats = await api.stats();
  } catch (err) {
    app.wholeStats = messageOf(err, app.state.lang);
  }
  renderStats(app);
}

export async function checkHealth(app: App): Promise<void> {
  try {
    await api.health();
    hideError();
  } catch (err) {
    fail(app, err, () => void checkHealth(app).then(() => loadView(app)));
  }
}

// Renders the panels from the app's state: each render* replaces one panel's content, wired to the app's actions.
import type { RelationKind } from '../api-types.js';
import type { EdgeData, NodeData } from '../graph/elements.js';
import { labelOf } from '../graph/elements.js';
import { countriesOf, undatedCount, yearBounds } from '../graph/filters.js';
import { flash, swap } from '../ui/chrome.js';
import { byId, h } from '../ui/dom.js';
import { edgePanel } from '../ui/edge-panel.js';
import { filtersPanel } from '../ui/filters-panel.js';
import { nodePanel, type PanelActions } from '../ui/node-panel.js';
import { statsPanel } from '../ui/stats-panel.js';
import { toolsPanel } from '../ui/tools-panel.js';
import { viewPanel } from '../ui/view-panel.js';
import { t } from '../i18n/index.js';
import { query } from './api.js';
import type { App } from './context.js';
import { changeFilters, clearView, togglePlay } from './controls.js';
import { exportView } from './export.js';
import { commit } from './history.js';
import { expand, overview } from './loaders.js';
import { openReport } from './reader.js';
import { refresh } from './refresh.js';
import { renderCut, renderEmpty, renderLegend, renderOffMap } from './render-chrome.js';
import { openEdge, openNode, relationsInView, select } from './selection.js';
import { fail } from './fail.js';
import { apiFilters } from './state.js';
import { renderTable, setTable } from './table.js';
import { renderCountryLinks, setCountryLinks } from './country-links.js';
import { runTool, setPicks, useTool } from './tools.js';
import { shown } from '../graph/classes.js';

export { translateStatic } from './render-chrome.js';

export function render(app: App): void {
  renderFilters(app);
  renderView(app);
  renderTools(app);
  renderDetails(app);
  renderStats(app);
  renderEmpty(app);
  renderLegend(app);
  renderOffMap(app);
  renderCut(app);
  renderTable(app);
  renderCountryLinks(app);
}

export function renderFilters(app: App): void {
  const edges = app.cy.edges().map((e) => e.data() as EdgeData);
  const kindCounts = new Map<RelationKind, number>();
  for (const e of edges) kindCounts.set(e.kind, (kindCounts.get(e.kind) ?? 0) + 1);
  swap(
    'filters',
    filtersPanel({
      lang: app.state.lang,
      filters: app.state.filters,
      bounds: yearBounds(edges),
      countries: countriesOf(app.cy.nodes().map((n) => n.data() as NodeData)),
      kindCounts,
      undated: undatedCount(edges, app.state.filters),
      playing: app.player !== null,
      change: (f) => changeFilters(app, f),
      togglePlay: () => togglePlay(app),
    }),
  );
}

function renderView(app: App): void {
  const s = app.state;
  const set = (change: () => void, layout: boolean) => (change(), commit(s), void refresh(app, { layout }));
  swap(
    'view',
    viewPanel({
      lang: s.lang,
      layout: s.layout,
      size: s.size,
      colour: s.colour,
      limit: s.limit,
      setLimit: (n) => ((s.limit = n), commit(s), s.overview && void overview(app)),
      setLayout: (l) => set(() => (s.layout = l), true),
      setSize: (v) => set(() => (s.size = v), false),
      setColour: (v) => set(() => (s.colour = v), false),
      overview: () => void overview(app),
      fit: () => app.cy.fit(app.cy.elements().not('.filtered'), 30),
      relayout: () => void refresh(app, { layout: true }),
      clear: () => clearView(app),
      exportAs: (f) => exportView(app.cy, app.store, f),
      serverExport: (format) => `/api/export${query({ format, ...apiFilters(s.filters) })}`,
      table: () => setTable(app, s.table ? null : 'nodes'),
      countryLinks: () => setCountryLinks(app, !s.countryLinks),
      share: () => void navigator.clipboard?.writeText(location.href).then(() => flash(t(s.lang, 'copied'))),
    }),
  );
}

export function renderTools(app: App): void {
  const s = app.state;
  swap(
    'tools',
    toolsPanel({
      lang: s.lang,
      tool: s.tool,
      picks: s.picks,
      alt: s.alt,
      showAlternatives: app.showAlternatives,
      result: app.toolResult,
      nameOf: (id) => nameOf(app, id),
      setTool: (tool) => setPicks(app, tool, s.node ? (tool === 'path' ? [s.node, ''] : [s.node]) : []),
      setPicks: (picks) => setPicks(app, s.tool, picks),
      remember: (node) => void app.known.set(node.id, node),
      run: () => void runTool(app),
      chooseAlt: (i) => ((s.alt = i), commit(s), void refresh(app, { layout: true })),
      compare: (a, b) => (setPicks(app, 'shared', [a, b]), void runTool(app)),
      toggleAlternatives: () => ((app.showAlternatives = !app.showAlternatives), renderTools(app)),
      openNode: (id) => void openNode(app, id),
      onError: (e) => fail(app, e),
      readReport: (report, start, end) => void openReport(app, report, start, end),
    }),
  );
}

function panelActions(app: App): PanelActions {
  return {
    openNode: (id) => void openNode(app, id),
    openEdge: (id) => void openEdge(app, id),
    expand: (id) => void expand(app, id),
    useTool: (tool, id) => useTool(app, tool, id),
    close: () => select(app, null, null),
    readReport: (report, start, end) => void openReport(app, report, start, end),
  };
}

export function renderDetails(app: App): void {
  const s = app.state;
  if (s.edge && app.relation) return swap('details', edgePanel(app.relation, s.lang, panelActions(app)));
  if (s.node && app.entity?.id === s.node) {
    const timeline = app.timeline?.id === s.node ? app.timeline.data : null;
    return swap('details', nodePanel(app.entity, relationsInView(app, s.node), s.lang, panelActions(app), timeline));
  }
  byId('details').replaceChildren(h('p', { class: 'muted hint' }, s.node || s.edge ? t(s.lang, 'loading') : ''));
}

export function renderStats(app: App): void {
  const visible = shown(app.cy.nodes());
  const edges = shown(app.cy.edges());
  // Degrees counted once over the visible edges (asking each node in a sort costs seconds at 20,000 nodes).
  const degree = new Map<string, number>();
  edges.forEach((e) => {
    for (const id of [e.data('source') as string, e.data('target') as string]) degree.set(id, (degree.get(id) ?? 0) + 1);
  });
  const top = visible
    .map((n) => ({ id: n.id(), label: n.data('label') as string, degree: degree.get(n.id()) ?? 0 }))
    .sort((a, b) => b.degree - a.degree)
    .slice(0, 5)
    .filter((x) => x.degree > 0);
  // Communities are found only for views small enough (graph/view.ts); a bigger one leaves them unknown.
  const found = visible.filter((n) => n.data('community') !== null);
  const communities = found.length === visible.length ? new Set(visible.map((n) => n.data('community') as number)).size : null;
  const view = { nodes: visible.length, edges: edges.length, communities, top };
  swap('stats', statsPanel(app.state.lang, view, app.wholeStats, (id) => void openNode(app, id)));
}

function nameOf(app: App, id: string): string {
  const n = app.known.get(id) ?? app.store.nodes.get(id);
  return n ? labelOf(n, app.state.lang) : id;
}

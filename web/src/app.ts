// The explorer's controller: holds the view state, loads what it needs from the API, and re-renders the panels.
import type { Core, EdgeCollection, NodeSingular } from 'cytoscape';
import { api, ApiError, query } from './api.js';
import type { EntityDetail, GraphNode, RelationDetail, RelationKind, Stats, Subgraph } from './api-types.js';
import { ENTITY_KINDS, RELATION_KINDS } from './api-types.js';
import { hideError, messageOf, showError } from './banner.js';
import { byId, h } from './dom.js';
import { exportView } from './export.js';
import { countriesOf, playYears, yearBounds } from './filters.js';
import { filtersPanel } from './filters-panel.js';
import { GraphStore, type StoreChange } from './graph-store.js';
import { addSubgraph, applyFilters, bindKeys, applyHighlights, applyMetrics, createGraph, removeElements, runLayout, setLabels } from './graph-view.js';
import { entityKindLabel, t, type Key } from './i18n.js';
import { edgePanel, nodePanel, type PanelActions, type ViewRelation } from './panels.js';
import { searchBox } from './search-box.js';
import { statsPanel } from './stats-panel.js';
import { resultHighlight, resultSubgraph } from './tool-results.js';
import { toolsPanel, type ToolResult } from './tools.js';
import { labelOf, type EdgeData, type NodeData } from './to-elements.js';
import { defaultState, parseState, serialiseState, type Filters, type Tool, type ViewState } from './url-state.js';
import { viewPanel } from './view-panel.js';

/** Most edges asked for per neighbourhood; every kind is fetched so the kind filter needs no reload. */
const NEIGHBOUR_LIMIT = 500;
const OVERVIEW_LIMIT = 2000;
const PLAY_STEP_MS = 900;
const OVERVIEW_RELOAD_MS = 600;
const EXAMPLES = ['Омск', 'Гомель', 'Minsk'];

export class Explorer {
  state: ViewState = parseState(location.search);
  readonly store = new GraphStore();
  readonly cy: Core = createGraph(byId('cy'));
  private entity: EntityDetail | null = null;
  private relation: RelationDetail | null = null;
  private toolResult: ToolResult | null = null;
  private showAlternatives = false;
  private wholeStats: Stats | string | null = null;
  private player: ReturnType<typeof setInterval> | null = null;
  private overviewTimer: ReturnType<typeof setTimeout> | undefined;
  /** Every node met (search hits, answers), to name the tools' picks. */
  private readonly known = new Map<string, GraphNode>();
  private readonly panel: PanelActions = {
    openNode: (id) => void this.openNode(id),
    openEdge: (id) => void this.openEdge(id),
    expand: (id) => void this.expand(id),
    useTool: (tool, id) => this.useTool(tool, id),
    close: () => this.select(null, null),
  };

  async start(): Promise<void> {
    this.bindGraphEvents();
    byId('search').replaceChildren(
      searchBox({ id: 'search-input', lang: () => this.state.lang, label: 'searchLabel', onPick: (hit) => void this.focusEntity(hit), onError: (e) => this.fail(e) }),
    );
    byId('lang').addEventListener('click', () => this.setLang(this.state.lang === 'ru' ? 'en' : 'ru'));
    window.addEventListener('popstate', () => {
      this.state = parseState(location.search);
      void this.loadView();
    });
    this.translateStatic();
    this.render();
    await this.checkHealth();
    await this.loadView();
    void this.loadStats();
  }

  // ---- loading ------------------------------------------------------------------------------------------

  /** Rebuilds the whole view from the state (first load, a shared link, back/forward). */
  async loadView(): Promise<void> {
    this.stopPlay();
    this.store.clear();
    this.cy.elements().remove();
    this.entity = this.relation = this.toolResult = null;
    const s = this.state;
    const loads: Array<Promise<unknown>> = [];
    if (s.overview) loads.push(this.loadOverview(false));
    for (const id of s.expanded) loads.push(this.fetchNeighbours(id).then((sub) => this.add(`n:${id}`, sub)));
    if (s.tool) loads.push(this.runTool(false));
    const settled = await Promise.allSettled(loads);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) this.fail(failed.reason);
    await this.refresh({ layout: true });
    if (s.edge) await this.openEdge(s.edge, false);
    else if (s.node) await this.openNode(s.node, false);
  }

  private fetchNeighbours(id: string): Promise<Subgraph> {
    return api.neighbours(id, { kinds: RELATION_KINDS, limit: NEIGHBOUR_LIMIT });
  }

  /** Sets one part of the view (`overview`, `n:<id>`, `tool`); returns how many elements joined the graph. */
  private add(key: string, sub: Pick<Subgraph, 'nodes' | 'edges'>): number {
    for (const n of sub.nodes) this.known.set(n.id, n);
    return this.apply(this.store.set(key, sub));
  }

  private drop(key: string): void {
    if (this.store.has(key)) this.apply(this.store.delete(key));
  }

  private apply(change: StoreChange): number {
    removeElements(this.cy, [...change.removed.edges, ...change.removed.nodes]);
    const added = addSubgraph(this.cy, change.added, this.state.lang);
    // Marks for bench/web.ts: elements in, and (after the layout) on screen.
    if (added > 0) {
      performance.mark('twingraph:elements-added');
      this.cy.one('render', () => performance.mark('twingraph:render'));
    }
    return added;
  }

  private async loadOverview(commit = true): Promise<void> {
    const f = this.state.filters;
    try {
      const sub = await api.graph({ kinds: f.kinds, countries: f.countries, yearFrom: f.yearFrom, yearTo: f.yearTo, source: apiSource(f.source), limit: OVERVIEW_LIMIT });
      this.state.overview = true;
      this.add('overview', sub);
    } catch (err) {
      this.state.overview = false;
      throw err;
    } finally {
      if (commit) this.commit();
    }
  }

  async overview(): Promise<void> {
    try {
      await this.loadOverview();
      await this.refresh({ layout: true });
    } catch (err) {
      this.fail(err);
    }
  }

  /** A search pick: load its neighbourhood, select it and centre the view on it. */
  async focusEntity(node: GraphNode): Promise<void> {
    this.known.set(node.id, node);
    await this.expand(node.id, false);
    await this.openNode(node.id);
    this.centre(node.id);
  }

  async expand(id: string, relayout = true): Promise<void> {
    try {
      const sub = await this.fetchNeighbours(id);
      if (!this.state.expanded.includes(id)) this.state.expanded.push(id);
      const added = this.add(`n:${id}`, sub);
      this.commit();
      await this.refresh({ layout: relayout ? added > 0 : true, incremental: relayout && this.cy.nodes().length > added });
    } catch (err) {
      this.fail(err);
    }
  }

  private async loadStats(): Promise<void> {
    try {
      this.wholeStats = await api.stats();
    } catch (err) {
      this.wholeStats = messageOf(err, this.state.lang);
    }
    this.renderStats();
  }

  private async checkHealth(): Promise<void> {
    try {
      await api.health();
      hideError();
    } catch (err) {
      this.fail(err, () => void this.checkHealth().then(() => this.loadView()));
    }
  }

  // ---- selection ----------------------------------------------------------------------------------------

  private select(node: string | null, edge: string | null): void {
    this.state.node = node;
    this.state.edge = edge;
    if (!node) this.entity = null;
    if (!edge) this.relation = null;
    this.commit();
    this.highlight();
    this.renderDetails();
  }

  async openNode(id: string, commit = true): Promise<void> {
    this.state.node = id;
    this.state.edge = null;
    this.relation = null;
    if (commit) this.commit(true);
    try {
      if (this.cy.getElementById(id).empty()) await this.expand(id, false);
      this.highlight();
      this.entity = await api.entity(id);
      this.known.set(id, this.entity);
    } catch (err) {
      this.entity = null;
      this.fail(err);
    }
    this.renderDetails();
  }

  async openEdge(id: string, commit = true): Promise<void> {
    this.state.edge = id;
    this.state.node = null;
    this.entity = null;
    if (commit) this.commit(true);
    this.highlight();
    try {
      this.relation = await api.relation(id);
    } catch (err) {
      this.relation = null;
      this.fail(err);
    }
    this.renderDetails();
  }

  private centre(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.nonempty()) this.cy.animate({ center: { eles: n }, duration: 250 });
  }

  private bindGraphEvents(): void {
    bindKeys(this.cy, byId('cy'));
    this.cy.on('tap', 'node', (e) => void this.openNode((e.target as NodeSingular).id()));
    this.cy.on('tap', 'edge', (e) => void this.openEdge(e.target.id()));
    this.cy.on('dbltap', 'node', (e) => void this.expand((e.target as NodeSingular).id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.select(null, null);
    });
  }

  // ---- tools --------------------------------------------------------------------------------------------

  private useTool(tool: 'shared' | 'similar' | 'pathFrom' | 'pathTo', id: string): void {
    const s = this.state;
    if (tool === 'shared') this.setPicks('shared', s.tool === 'shared' ? [...new Set([...s.picks, id])] : [id]);
    else if (tool === 'similar') {
      this.setPicks('similar', [id]);
      void this.runTool();
    } else {
      const [from = '', to = ''] = s.tool === 'path' ? s.picks : [];
      this.setPicks('path', tool === 'pathFrom' ? [id, to] : [from, id]);
    }
  }

  private setPicks(tool: Tool | null, picks: string[]): void {
    if (tool !== this.state.tool) {
      // Another tool: the last answer leaves the view, so the view stays what the link describes.
      this.toolResult = null;
      this.drop('tool');
      void this.refresh({ layout: false });
    }
    this.state.tool = tool;
    this.state.picks = tool ? picks : [];
    this.state.alt = 0;
    this.showAlternatives = false;
    this.commit();
    this.highlight();
    this.renderTools();
  }

  /** Runs the current tool on its picks; the answer joins the view and is highlighted and listed. */
  async runTool(commit = true): Promise<void> {
    const { tool, picks } = this.state;
    if (!tool) return;
    const ids = picks.filter(Boolean);
    try {
      if (tool === 'shared' && ids.length >= 2) this.toolResult = { tool, data: await api.sharedPartners(ids) };
      else if (tool === 'similar' && ids[0]) this.toolResult = { tool, data: await api.similar(ids[0]) };
      else if (tool === 'path' && picks[0] && picks[1]) this.toolResult = { tool, data: await api.paths(picks[0], picks[1], { k: 3 }) };
      else return;
      this.add('tool', resultSubgraph(this.toolResult));
    } catch (err) {
      this.drop('tool');
      this.toolResult = { tool, message: messageOf(err, this.state.lang) };
      if (err instanceof ApiError && err.kind === 'down') this.fail(err);
    }
    if (commit) {
      // The answer replaces the selection, so its highlight is the one on screen.
      this.state.node = this.state.edge = null;
      this.entity = this.relation = null;
      this.commit(true);
      await this.refresh({ layout: true, incremental: true });
    }
  }

  // ---- filters, view, language --------------------------------------------------------------------------

  private changeFilters(f: Partial<Filters>): void {
    Object.assign(this.state.filters, f);
    this.commit();
    void this.refresh({ layout: false });
    // The overview is filtered by the server too (its limit applies after the filters): ask again once the
    // person stops changing them; the year player only narrows what is loaded.
    if (this.state.overview && !this.player) {
      clearTimeout(this.overviewTimer);
      this.overviewTimer = setTimeout(() => void this.overview(), OVERVIEW_RELOAD_MS);
    }
  }

  private togglePlay(): void {
    if (this.player) return this.stopPlay();
    const bounds = yearBounds(this.cy.edges().map((e) => e.data() as EdgeData));
    if (!bounds) return;
    const years = playYears(bounds);
    let i = 0;
    const step = () => {
      const year = years[i++];
      if (year === undefined) return this.stopPlay();
      this.changeFilters({ yearFrom: bounds.min, yearTo: year });
    };
    this.player = setInterval(step, PLAY_STEP_MS);
    step();
  }

  private stopPlay(): void {
    if (!this.player) return;
    clearInterval(this.player);
    this.player = null;
    this.renderFilters();
  }

  private setLang(lang: 'ru' | 'en'): void {
    this.state.lang = lang;
    this.commit();
    setLabels(this.cy, lang);
    this.translateStatic();
    if (typeof this.wholeStats === 'string') void this.loadStats();
    this.render();
    byId('lang').focus();
  }

  private clear(): void {
    this.stopPlay();
    const { lang, layout, size, colour } = this.state;
    this.state = { ...defaultState(), lang, layout, size, colour };
    this.store.clear();
    this.cy.elements().remove();
    this.entity = this.relation = this.toolResult = null;
    this.commit(true);
    void this.refresh({ layout: false });
  }

  // ---- drawing ------------------------------------------------------------------------------------------

  /** Applies filters, sizes, colours and highlights; lays out when asked or when new nodes have no place yet. */
  async refresh(opts: { layout: boolean; incremental?: boolean }): Promise<void> {
    const s = this.state;
    const result = resultHighlight(this.toolResult, s.alt);
    const pinned = new Set([...s.picks, ...s.expanded, ...(s.node ? [s.node] : []), ...(result?.nodes ?? []), ...(result?.edges ?? [])].filter(Boolean));
    applyFilters(this.cy, s.filters, pinned);
    applyMetrics(this.cy, s.size, s.colour);
    this.highlight();
    const unplaced = this.cy.nodes().not('.filtered').filter((n) => !n.scratch('placed'));
    if (opts.layout || unplaced.nonempty()) {
      const incremental = (opts.incremental ?? false) || (!opts.layout && unplaced.length < this.cy.nodes().length);
      performance.mark('twingraph:layout-start');
      await runLayout(this.cy, s.layout, incremental);
      performance.mark('twingraph:layout-done');
      this.cy.nodes().not('.filtered').forEach((n) => void n.scratch('placed', true));
      if (s.layout === 'geo' || s.layout === 'country') this.cy.nodes().forEach((n) => void n.scratch('placed', true));
    }
    this.render();
  }

  private highlight(): void {
    const s = this.state;
    applyHighlights(this.cy, { picked: s.picks.filter(Boolean), result: resultHighlight(this.toolResult, s.alt), node: s.node, edge: s.edge });
  }

  private commit(push = false): void {
    const url = `${location.pathname}${serialiseState(this.state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private fail(err: unknown, retry?: () => void): void {
    if ((err as Error)?.name === 'AbortError') return;
    showError(err, this.state.lang, retry);
  }

  private nameOf = (id: string): string => {
    const n = this.known.get(id) ?? this.store.nodes.get(id);
    return n ? labelOf(n, this.state.lang) : id;
  };

  private render(): void {
    this.renderFilters();
    this.renderView();
    this.renderTools();
    this.renderDetails();
    this.renderStats();
    this.renderEmpty();
    this.renderLegend();
  }

  private renderLegend(): void {
    const lang = this.state.lang;
    swap(
      'node-legend',
      h(
        'div',
        {},
        ENTITY_KINDS.map((k) => h('span', {}, h('i', { class: `kind-dot kind-${k}` }), entityKindLabel(lang, k))),
        h('span', { class: 'dashed' }, t(lang, 'sourceLists')),
      ),
    );
  }

  private renderFilters(): void {
    const edges = this.cy.edges().map((e) => e.data() as EdgeData);
    const kindCounts = new Map<RelationKind, number>();
    for (const e of edges) kindCounts.set(e.kind, (kindCounts.get(e.kind) ?? 0) + 1);
    swap(
      'filters',
      filtersPanel({
        lang: this.state.lang,
        filters: this.state.filters,
        bounds: yearBounds(edges),
        countries: countriesOf(this.cy.nodes().map((n) => n.data() as NodeData)),
        kindCounts,
        playing: this.player !== null,
        change: (f) => this.changeFilters(f),
        togglePlay: () => this.togglePlay(),
      }),
    );
  }

  private renderView(): void {
    const s = this.state;
    swap(
      'view',
      viewPanel({
        lang: s.lang,
        layout: s.layout,
        size: s.size,
        colour: s.colour,
        setLayout: (l) => ((s.layout = l), this.commit(), void this.refresh({ layout: true })),
        setSize: (v) => ((s.size = v), this.commit(), void this.refresh({ layout: false })),
        setColour: (v) => ((s.colour = v), this.commit(), void this.refresh({ layout: false })),
        overview: () => void this.overview(),
        fit: () => this.cy.fit(this.cy.elements().not('.filtered'), 30),
        relayout: () => void this.refresh({ layout: true }),
        clear: () => this.clear(),
        exportAs: (f) => exportView(this.cy, this.store, f),
        serverExport: (format) => {
          const f = s.filters;
          return `/api/export${query({ format, kinds: f.kinds, countries: f.countries, yearFrom: f.yearFrom, yearTo: f.yearTo, source: apiSource(f.source) })}`;
        },
        share: () => void navigator.clipboard?.writeText(location.href).then(() => flash(t(s.lang, 'copied'))),
      }),
    );
  }

  private renderTools(): void {
    const s = this.state;
    swap(
      'tools',
      toolsPanel({
        lang: s.lang,
        tool: s.tool,
        picks: s.picks,
        alt: s.alt,
        showAlternatives: this.showAlternatives,
        result: this.toolResult,
        nameOf: this.nameOf,
        setTool: (tool) => this.setPicks(tool, tool === 'shared' && s.node ? [s.node] : tool === 'similar' && s.node ? [s.node] : tool === 'path' && s.node ? [s.node, ''] : []),
        setPicks: (picks) => this.setPicks(s.tool, picks),
        remember: (node) => void this.known.set(node.id, node),
        run: () => void this.runTool(),
        chooseAlt: (i) => ((s.alt = i), this.commit(), void this.refresh({ layout: false })),
        compare: (a, b) => {
          this.setPicks('shared', [a, b]);
          void this.runTool();
        },
        toggleAlternatives: () => ((this.showAlternatives = !this.showAlternatives), this.renderTools()),
        openNode: (id) => void this.openNode(id),
        onError: (e) => this.fail(e),
      }),
    );
  }

  private renderDetails(): void {
    const s = this.state;
    const box = byId('details');
    if (s.edge && this.relation) return swap('details', edgePanel(this.relation, s.lang, this.panel));
    if (s.node && this.entity?.id === s.node) return swap('details', nodePanel(this.entity, this.relationsInView(s.node), s.lang, this.panel));
    box.replaceChildren(h('p', { class: 'muted hint' }, s.node || s.edge ? t(s.lang, 'loading') : ''));
  }

  private relationsInView(id: string): ViewRelation[] {
    const n = this.cy.getElementById(id) as NodeSingular;
    if (n.empty()) return [];
    return (n.connectedEdges().filter((e) => !e.hasClass('filtered')) as EdgeCollection)
      .map((e) => {
        const other = e.source().id() === id ? e.target() : e.source();
        return { edge: e.data() as EdgeData, other: other.data() as NodeData };
      })
      .sort((a, b) => (b.edge.year ?? 0) - (a.edge.year ?? 0));
  }

  private renderStats(): void {
    const visible = this.cy.nodes().not('.filtered');
    const degree = (n: NodeSingular) => n.connectedEdges().not('.filtered').length;
    const top = visible
      .sort((a, b) => degree(b as NodeSingular) - degree(a as NodeSingular))
      .slice(0, 5)
      .map((n) => ({ id: n.id(), label: n.data('label') as string, degree: degree(n as NodeSingular) }))
      .filter((x) => x.degree > 0);
    const groups = new Set(visible.map((n) => n.data('community') as number));
    swap(
      'stats',
      statsPanel(this.state.lang, { nodes: visible.length, edges: this.cy.edges().not('.filtered').length, communities: groups.size, top }, this.wholeStats, (id) => void this.openNode(id)),
    );
  }

  private renderEmpty(): void {
    const lang = this.state.lang;
    const empty = byId('empty');
    empty.hidden = this.cy.elements().not('.filtered').nonempty();
    if (empty.hidden) return;
    empty.replaceChildren(
      h('h2', {}, t(lang, 'emptyTitle')),
      h('p', {}, t(lang, 'emptyText')),
      h(
        'p',
        { class: 'examples' },
        EXAMPLES.map((q) =>
          h('button', { class: 'example', onclick: () => void api.search(q, 1).then((r) => r.hits[0] && this.focusEntity(r.hits[0]), (e) => this.fail(e)) }, q),
        ),
      ),
    );
  }

  private translateStatic(): void {
    const lang = this.state.lang;
    document.documentElement.lang = lang;
    document.title = t(lang, 'title');
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(lang, el.dataset.i18n as Key);
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(lang, el.dataset.i18nLabel as Key));
    const input = document.querySelector<HTMLInputElement>('#search-input');
    if (input) input.placeholder = t(lang, 'searchPlaceholder');
    byId('lang').textContent = lang === 'ru' ? 'English' : 'Русский';
    byId('lang').setAttribute('aria-label', `${t(lang, 'language')}: ${lang === 'ru' ? 'English' : 'Русский'}`);
  }
}

/** The API names supports `report` and `csv` (any imported twin list). */
function apiSource(source: Filters['source']): string | undefined {
  return source === 'reports' ? 'report' : source === 'lists' ? 'csv' : undefined;
}

/** Replaces a panel's content, keeping keyboard focus on the control with the same id or name and value. */
function swap(id: string, content: HTMLElement): void {
  const box = byId(id);
  const active = document.activeElement as HTMLElement | null;
  const key = active && box.contains(active) ? focusKey(active) : null;
  box.replaceChildren(content);
  if (key) (box.querySelector<HTMLElement>(key) ?? null)?.focus();
}

function focusKey(el: HTMLElement): string | null {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const name = el.getAttribute('name');
  const value = (el as HTMLInputElement).value;
  if (name) return `[name="${CSS.escape(name)}"][value="${CSS.escape(value ?? '')}"]`;
  return null;
}

function flash(text: string): void {
  const el = byId('flash');
  el.textContent = text;
  el.hidden = false;
  setTimeout(() => (el.hidden = true), 1500);
}

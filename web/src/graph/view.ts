// The Cytoscape instance and what the app does to it: add elements, apply filters, size and colour, layouts,
// and highlights. Every change of look is a class or data toggled inside cy.batch; the stylesheet decides.
import cytoscape, { type Core, type EdgeCollection, type NodeCollection, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { GraphEdge, GraphNode } from '../api-types.js';
import { setClass, setData } from './classes.js';
import { visibleIds } from './filters.js';
import { communities, degrees, normalise } from './metrics.js';
import { COMMUNITY_COLOURS, NODE_SIZE, stylesheet } from './stylesheet.js';
import { labelOf, toElements, type EdgeData, type NodeData } from './elements.js';
import type { Lang } from '../i18n/index.js';
import type { Filters, ViewState } from '../app/state.js';

/** Edge count above which edges are drawn straight (class `fast`). */
const FAST_EDGES_ABOVE = 1500;
/**
 * Element count above which a zoom or pan gesture draws a snapshot of the view and hides edges until it stops
 * (Cytoscape's textureOnViewport and hideEdgesOnViewport): a full frame of 40,000 elements takes hundreds of
 * ms. Small views keep full redraws, where a snapshot would only blur them (bench/web.ts measures both).
 */
const SNAPSHOT_ABOVE = 8000;
/** Node count up to which communities are looked for unless asked (colour by community always looks). */
const COMMUNITIES_UP_TO = 4000;

cytoscape.use(fcose);
cytoscape.use(svg);

export function createGraph(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    // Big views are kept responsive by the `fast` edge class (simple edges above FAST_EDGES_ABOVE), not by
    // hiding edges or texturing during gestures, which made small views flicker.
    hideEdgesOnViewport: false,
    textureOnViewport: false,
    motionBlur: false,
    boxSelectionEnabled: false,
  });
}

/** Adds the part of a subgraph that is not in the view yet; returns how many elements were added. */
export function addSubgraph(cy: Core, sub: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }, lang: Lang): number {
  const known = new Set(cy.nodes().map((n) => n.id()));
  const fresh = toElements(sub, lang, known).filter((el) => cy.getElementById(el.data.id!).empty());
  // Every node starts with a score and a size, so the size lookup never meets a node without one.
  for (const el of fresh) if (el.group === 'nodes') Object.assign(el.data, { score: 0, size: NODE_SIZE.min });
  if (fresh.length > 0) cy.add(fresh);
  const fast = cy.edges().length > FAST_EDGES_ABOVE;
  cy.batch(() => setClass(cy.edges(), 'fast', () => fast));
  viewportSnapshots(cy, cy.elements().length > SNAPSHOT_ABOVE);
  return fresh.length;
}

/**
 * Cytoscape reads these two options once, when it starts; its renderer keeps them as fields it checks on each
 * frame, so they are switched there as the view grows or shrinks.
 */
function viewportSnapshots(cy: Core, on: boolean): void {
  const r = (cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } | undefined }).renderer();
  if (!r) return;
  r.textureOnViewport = on;
  r.hideEdgesOnViewport = on;
}

/** Keyboard on the focused graph: arrows pan, + and − zoom, 0 fits. */
export function bindKeys(cy: Core, container: HTMLElement): void {
  const STEP = 60;
  container.addEventListener('keydown', (e) => {
    const pan: Record<string, { x: number; y: number }> = {
      ArrowLeft: { x: STEP, y: 0 },
      ArrowRight: { x: -STEP, y: 0 },
      ArrowUp: { x: 0, y: STEP },
      ArrowDown: { x: 0, y: -STEP },
    };
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (pan[e.key]) cy.panBy(pan[e.key]!);
    else if (e.key === '+' || e.key === '=') cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: centre });
    else if (e.key === '-') cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: centre });
    else if (e.key === '0') cy.fit(cy.elements().not('.filtered'), 30);
    else return;
    e.preventDefault();
  });
}

export function removeElements(cy: Core, ids: readonly string[]): void {
  if (ids.length === 0) return;
  cy.batch(() => {
    for (const id of ids) cy.getElementById(id).remove();
  });
}

export function setLabels(cy: Core, lang: Lang): void {
  cy.batch(() => cy.nodes().forEach((n) => void n.data('label', labelOf(n.data() as NodeData, lang))));
}

/** Hides what the filters leave out (class `filtered`); returns the visible ids. */
export function applyFilters(cy: Core, filters: Filters, pinned: ReadonlySet<string>): { nodes: Set<string>; edges: Set<string> } {
  const visible = visibleIds(
    cy.nodes().map((n) => n.data() as NodeData),
    cy.edges().map((e) => e.data() as EdgeData),
    filters,
    pinned,
  );
  cy.batch(() => {
    setClass(cy.nodes(), 'filtered', (n) => !visible.nodes.has(n.id()));
    setClass(cy.edges(), 'filtered', (e) => !visible.edges.has(e.id()));
  });
  return visible;
}

/** Node size (`score`, 0–1, and `size` in px) by degree or PageRank, colour by kind or community, on the visible graph. */
export function applyMetrics(cy: Core, size: ViewState['size'], colour: ViewState['colour']): Map<string, number> {
  const nodes = cy.nodes().filter((n) => !n.hasClass('filtered')) as NodeCollection;
  const edges = cy.edges().filter((e) => !e.hasClass('filtered')) as EdgeCollection;
  const ids = nodes.map((n) => n.id());
  const links = edges.map((e) => ({ source: e.source().id(), target: e.target().id() }));
  let raw: Map<string, number>;
  if (size === 'pagerank' && nodes.length > 0) {
    const pr = nodes.union(edges).pageRank({ dampingFactor: 0.85 });
    raw = new Map(nodes.map((n) => [n.id(), pr.rank(n as NodeSingular) * nodes.length]));
  } else raw = degrees(ids, links);
  const score = normalise(raw);
  const groups = colour === 'community' || ids.length <= COMMUNITIES_UP_TO ? communities(ids, links) : null;
  cy.batch(() => {
    nodes.forEach((n) => {
      const v = score.get(n.id()) ?? 0;
      const community = groups ? (groups.get(n.id()) ?? 0) : null;
      setData(n, {
        score: v,
        size: NODE_SIZE.min + v * (NODE_SIZE.max - NODE_SIZE.min),
        community,
        communityColour: COMMUNITY_COLOURS[(community ?? 0) % COMMUNITY_COLOURS.length],
      });
    });
    setClass(cy.nodes(), 'by-community', () => colour === 'community');
  });
  return groups ?? new Map();
}

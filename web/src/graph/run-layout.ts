// Runs a layout on the visible graph: fcose, concentric and by-country through their options, the geographic
// one through the shared projection with the basemap drawn under it. Nodes the map cannot place get the class
// `off-map` (hidden) and are returned, so the page can list them beside the map.
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { LayoutName } from '../app/state.js';
import type { Basemap } from './basemap.js';
import { setClass, shown } from './classes.js';
import type { NodeData } from './elements.js';
import { geoPositions } from './geo-positions.js';
import { layoutOptions, LAYOUT_OPTIONS } from './layouts.js';
import { geoProjection } from './projection.js';

/** The closest a layout's fit may zoom in. */
const MAX_FIT_ZOOM = 1.4;
/** Node count above which fcose skips its force pass (bench/web.ts: 1,667 nodes, 19 s with it, about 1 s without). */
const DRAFT_ABOVE = 1000;

/**
 * Visible nodes up to which the force layout runs. Past it even its draft costs many seconds (bench/web.ts:
 * the twin list's 17,000 cities), so such a view is drawn on the map, where every place already has its spot.
 */
export const FORCE_UP_TO = 3000;

/** The layout a view of `nodes` visible nodes gets when `name` is asked for. */
export function layoutAtScale(name: LayoutName, nodes: number): LayoutName {
  return name === 'fcose' && nodes > FORCE_UP_TO ? 'geo' : name;
}

/** Positions a tool's answer fixes (a path's chain, shared partners' sides), and edges drawn as arcs. */
export interface Fixed {
  positions: Record<string, { x: number; y: number }>;
  arcs: ReadonlySet<string>;
}

export interface LayoutResult {
  /** Ids of the visible nodes the geographic layout could not place (no coordinates, no placed anchor). */
  offMap: string[];
}

/** Lays out the visible graph; `incremental` keeps current positions as the start (after an expand). */
export function runLayout(cy: Core, name: LayoutName, basemap: Basemap, incremental = false, fixed: Fixed | null = null): Promise<LayoutResult> {
  cy.batch(() => {
    cy.nodes('.off-map').removeClass('off-map');
    cy.edges('.arc').removeClass('arc');
  });
  if (name !== 'geo') basemap.hide();
  const eles = shown(cy.elements());
  if (eles.empty()) return Promise.resolve({ offMap: [] });
  const nodes = eles.nodes().map((n) => n.data() as NodeData);
  const links = eles.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
  if (name === 'geo') return runGeo(cy, eles, nodes, links, basemap);
  if (fixed) return runFixed(cy, eles, fixed);
  const opts = layoutOptions(name, nodes) as cytoscape.LayoutOptions & { randomize?: boolean; quality?: string };
  if (name === 'fcose' && incremental) opts.randomize = false;
  // Past a few thousand nodes the force pass costs seconds; the spectral draft alone is good enough there.
  if (name === 'fcose' && nodes.length > DRAFT_ABOVE) opts.quality = 'draft';
  if (name === 'fcose' && nodes.length < 3) return runSmall(cy, eles);
  return run(cy, eles, opts).then(() => ({ offMap: [] }));
}

async function runGeo(cy: Core, eles: cytoscape.CollectionReturnValue, nodes: NodeData[], links: Array<{ source: string; target: string }>, basemap: Basemap): Promise<LayoutResult> {
  const placed = nodes.filter((n) => n.lat !== null && n.lon !== null).map((n) => ({ lon: n.lon!, lat: n.lat! }));
  const projection = geoProjection(placed, { width: cy.width(), height: cy.height() });
  const { positions, offMap } = geoPositions(nodes, (lon, lat) => {
    const [x, y] = projection([lon, lat]) ?? [0, 0];
    return { x, y };
  }, links);
  const off = new Set(offMap);
  cy.batch(() => setClass(eles.nodes(), 'off-map', (n) => off.has(n.id())));
  const onMap = eles.not(cy.nodes('.off-map')).not(cy.nodes('.off-map').connectedEdges());
  void basemap.show(projection);
  if (onMap.nodes().nonempty()) {
    // The view is fitted to the positions themselves: Cytoscape's own fit measures every element's bounds,
    // labels included, which at tens of thousands of elements costs seconds (bench/web.ts).
    await run(cy, onMap, { ...LAYOUT_OPTIONS.preset, positions, fit: false } as cytoscape.LayoutOptions, false);
    fitPositions(cy, Object.values(positions));
  }
  return { offMap };
}

/** Zoom and pan that show every position with the layouts' padding, from the positions alone. */
function fitPositions(cy: Core, points: Array<{ x: number; y: number }>): void {
  if (points.length === 0) return;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) [x1, y1, x2, y2] = [Math.min(x1, p.x), Math.min(y1, p.y), Math.max(x2, p.x), Math.max(y2, p.y)];
  const pad = LAYOUT_OPTIONS.preset.padding + 20;
  const zoom = Math.min(MAX_FIT_ZOOM, (cy.width() - 2 * pad) / Math.max(x2 - x1, 1), (cy.height() - 2 * pad) / Math.max(y2 - y1, 1));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 } });
}

/**
 * A tool's answer drawn as what it is: its nodes at the given positions; any other visible node placed by
 * fcose around them (the answer's nodes fixed), so the chain or the two columns stay intact.
 */
async function runFixed(cy: Core, eles: cytoscape.CollectionReturnValue, fixed: Fixed): Promise<LayoutResult> {
  cy.batch(() => setClass(eles.edges(), 'arc', (e) => fixed.arcs.has(`${e.source().id()}|${e.target().id()}`)));
  const inView = Object.entries(fixed.positions).filter(([id]) => eles.getElementById(id).nonempty());
  const others = eles.nodes().filter((n) => !(n.id() in fixed.positions));
  if (others.empty()) {
    await run(cy, eles, { ...LAYOUT_OPTIONS.preset, positions: fixed.positions } as cytoscape.LayoutOptions);
  } else {
    const constraint = inView.map(([nodeId, position]) => ({ nodeId, position }));
    await run(cy, eles, { ...LAYOUT_OPTIONS.fcose, fixedNodeConstraint: constraint } as unknown as cytoscape.LayoutOptions);
  }
  return { offMap: [] };
}

/** `clamp`: after a fit, zoom out of a small view drawn too big (costs a bounds pass over the elements). */
function run(cy: Core, eles: cytoscape.CollectionReturnValue, opts: cytoscape.LayoutOptions, clamp = true): Promise<void> {
  const layout = eles.layout(opts);
  const done = new Promise<void>((resolve) =>
    layout.one('layoutstop', () => {
      // A small neighbourhood fitted to the screen would be drawn huge; keep it at a readable zoom.
      if (clamp && cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(eles);
      }
      resolve();
    }),
  );
  layout.run();
  return done;
}

/** fcose needs a few nodes to work with; one or two are simply placed in a row. */
function runSmall(cy: Core, eles: cytoscape.CollectionReturnValue): Promise<LayoutResult> {
  eles.nodes().forEach((n, i) => void n.position({ x: i * 160, y: 0 }));
  cy.zoom(MAX_FIT_ZOOM);
  cy.center(eles);
  return Promise.resolve({ offMap: [] });
}

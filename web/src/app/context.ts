// What the explorer holds while the page is open: the view state (mirrored in the URL), the loaded graph, the
// Cytoscape instance and the answers on screen. Every app/ module takes this one object.
import type { Core } from 'cytoscape';
import type { EntityDetail, GraphNode, RelationDetail, ReportDetail, Stats, Timeline } from '../api-types.js';
import { GraphStore } from '../graph/store.js';
import { Basemap } from '../graph/basemap.js';
import { followLabels } from '../graph/labels.js';
import { createGraph } from '../graph/view.js';
import { byId } from '../ui/dom.js';
import type { ToolResult } from './tool-results.js';
import type { CountryLinksView } from './country-links.js';
import { parseState, type ViewState } from './state.js';

export interface App {
  state: ViewState;
  readonly store: GraphStore;
  readonly cy: Core;
  /** The map under the geographic layout. */
  readonly basemap: Basemap;
  /** Visible nodes the geographic layout could not place, listed beside the map. */
  offMap: string[];
  /** The visible nodes' count when there were too many for the force layout and the map drew them instead. */
  onMapAtScale: number | null;
  /** Parts of the view (`overview`, `n:<id>`) whose answer stopped at its limit, with that limit. */
  readonly cut: Map<string, number>;
  /** The selected entity's and relation's details, once loaded. */
  entity: EntityDetail | null;
  relation: RelationDetail | null;
  /** The selected place's relations per year, for its chart. */
  timeline: { id: string; data: Timeline } | null;
  toolResult: ToolResult | null;
  /** The open report's text, or the message while it loads or when it failed. */
  reader: ReportDetail | string | null;
  showAlternatives: boolean;
  /** The aggregate view by country while it is open (its answer and its own Cytoscape instance). */
  countryLinks: CountryLinksView | null;
  /** GET /api/stats, or the message of its failure. */
  wholeStats: Stats | string | null;
  player: ReturnType<typeof setInterval> | null;
  overviewTimer: ReturnType<typeof setTimeout> | undefined;
  /** Every node met (search hits, answers), to name the tools' picks. */
  readonly known: Map<string, GraphNode>;
}

export function createApp(): App {
  const cy = createGraph(byId('cy'));
  followLabels(cy);
  return {
    state: parseState(location.search),
    store: new GraphStore(),
    cy,
    basemap: new Basemap(cy, byId('cy').parentElement!),
    offMap: [],
    onMapAtScale: null,
    cut: new Map(),
    entity: null,
    relation: null,
    timeline: null,
    toolResult: null,
    reader: null,
    showAlternatives: false,
    countryLinks: null,
    wholeStats: null,
    player: null,
    overviewTimer: undefined,
    known: new Map(),
  };
}

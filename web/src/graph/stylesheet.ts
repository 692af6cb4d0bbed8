// The graph's look: colours per relation kind (shared with the legend), shapes per entity kind, and what each
// interaction class (faded, highlighted, on-path, picked, filtered) looks like. Behaviour only toggles classes.
import type { StylesheetJson } from 'cytoscape';
import type { EntityKind, RelationKind } from '../api-types.js';

export const RELATION_COLOURS: Record<RelationKind, string> = {
  TWIN: '#d62728',
  AGREEMENT: '#1f77b4',
  VISIT: '#ff7f0e',
  PARTNER: '#2ca02c',
  CONTACT: '#9467bd',
  PARTICIPATED_IN: '#8c564b',
  HELD_IN: '#e377c2',
  LOCATED_IN: '#8a8a8a',
};

export const ENTITY_COLOURS: Record<EntityKind, string> = {
  City: '#2b6cb0',
  Region: '#319795',
  Country: '#4a5568',
  Institution: '#d69e2e',
  Event: '#b83280',
  Person: '#718096',
};

const ENTITY_SHAPES: Record<EntityKind, string> = {
  City: 'ellipse',
  Region: 'hexagon',
  Country: 'round-rectangle',
  Institution: 'round-rectangle',
  Event: 'diamond',
  Person: 'triangle',
};

/** Colours for communities (colour by community), reused in turn past the twelfth. */
export const COMMUNITY_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1b9e77', '#7570b3'];

/** A node's name under it, outlined to stay readable over edges; shared by the graph and the country view. */
export const NODE_LABEL = {
  label: 'data(label)',
  'font-size': 11,
  'font-family': 'system-ui, sans-serif',
  color: '#1a202c',
  'text-valign': 'bottom',
  'text-margin-y': 3,
  'text-outline-color': '#fff',
  'text-outline-width': 2,
} as const;

/** Node sizes in px for a `score` of 0 and 1 (graph/view.ts writes the node's `size` from its score). */
export const NODE_SIZE = { min: 14, max: 54 } as const;

/**
 * What a named node's label looks like. Only nodes given a label (class `named`, graph/labels.ts) or standing out
 * carry these properties: applied to every node of a 17,000-city overview they cost more style work than the
 * rest of the stylesheet together (bench/web.ts), though most of those labels are never drawn.
 */
const LABELLED = 'node.named, node.highlighted, node.picked, node.on-path, node:selected';

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        // `size` is the degree or PageRank mapped to px by the metrics step: a plain data lookup, where a
        // mapData interpolation per node costs twice as much at overview scale.
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    {
      selector: LABELLED,
      style: {
        ...NODE_LABEL,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        // Labels too small to read are not drawn: zoomed-out overviews stay fast and uncluttered.
        'min-zoomed-font-size': 7,
      },
    },
    ...Object.entries(ENTITY_COLOURS).map(([kind, colour]) => ({
      selector: `node.k-${kind}`,
      style: { 'background-color': colour, shape: ENTITY_SHAPES[kind as EntityKind] as 'ellipse' },
    })),
    { selector: 'node.by-community', style: { 'background-color': 'data(communityColour)' } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'line-color': '#999',
        'target-arrow-color': '#999',
        'arrow-scale': 0.8,
        opacity: 0.85,
      },
    },
    // Edge looks hang on classes set once per edge (graph/elements edgeClasses), cheaper to match than data.
    ...Object.entries(RELATION_COLOURS).map(([kind, colour]) => ({
      selector: `edge.k-${kind}`,
      style: { 'line-color': colour, 'target-arrow-color': colour },
    })),
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    // Relations known only from an imported twin list are dashed, so the reports' own findings stand out.
    { selector: 'edge.from-list', style: { 'line-style': 'dashed' } },
    { selector: 'edge.k-LOCATED_IN', style: { width: 1, 'line-style': 'dotted' } },
    // Big views (class set by graph-view past FAST_EDGES_ABOVE edges): straight haystack edges draw several
    // times faster than bezier curves with arrows, which keeps pan and zoom fluid.
    // Dashes cost a canvas pattern per edge, so big views draw twin-list relations solid like the rest.
    { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'line-style': 'solid', width: 1.5 } },
    // A hop a tool's layout cannot draw straight without crossing another node (graph/tool-positions).
    { selector: 'edge.arc', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': [60], 'control-point-weights': [0.5] } },
    { selector: '.filtered', style: { display: 'none' } },
    // Nodes the geographic layout cannot place are listed beside the map instead (graph/run-layout).
    { selector: 'node.off-map', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    { selector: 'node.highlighted', style: { 'border-width': 4, 'border-color': '#f6ad55', 'z-index': 10 } },
    { selector: 'edge.highlighted', style: { width: 4, opacity: 1, 'z-index': 10 } },
    { selector: 'node.picked', style: { 'border-width': 5, 'border-color': '#1a202c', 'border-style': 'double', 'z-index': 11 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#000', 'z-index': 12 } },
    { selector: 'edge.on-path', style: { width: 6, opacity: 1, 'z-index': 12, label: 'data(year)', 'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 1 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e53e3e', 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { width: 6, opacity: 1, 'overlay-color': '#e53e3e', 'overlay-opacity': 0.15 } },
  ];
}

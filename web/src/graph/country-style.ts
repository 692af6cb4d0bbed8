// The aggregate view's look: countries as circles sized by their links, with their name; links between two
// countries as straight lines as wide as their count, labelled with it when zoomed in enough to read.
import type { StylesheetJson } from 'cytoscape';
import { NODE_LABEL, RELATION_COLOURS } from './stylesheet.js';

export function countryStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        ...NODE_LABEL,
        'min-zoomed-font-size': 8,
        width: 'mapData(score, 0, 1, 10, 56)',
        height: 'mapData(score, 0, 1, 10, 56)',
        'background-color': '#2b6cb0',
        'background-opacity': 0.85,
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        width: 'mapData(weight, 0, 1, 1, 14)',
        'line-color': RELATION_COLOURS.TWIN,
        opacity: 0.45,
        label: 'data(links)',
        'font-size': 10,
        'min-zoomed-font-size': 9,
        'text-background-color': '#fff',
        'text-background-opacity': 0.8,
      },
    },
    { selector: 'node:active, node:selected', style: { 'border-width': 3, 'border-color': '#e53e3e', 'overlay-opacity': 0 } },
  ];
}

// The aggregate view's elements: countries as nodes (sized by their links), the links between two countries as
// one edge (width by count); links inside one country stay on its node. Pure, tested in Node.
import type { ElementDefinition } from 'cytoscape';
import type { CountryLinks } from '../api-types.js';
import { countryName, type Lang } from '../i18n/index.js';

export interface CountryNodeData {
  id: string;
  label: string;
  links: number;
  /** Links between two entities of this country. */
  within: number;
  entities: number;
  lat: number | null;
  lon: number | null;
  /** sqrt(links) scaled to 0–1 against the busiest country, for the size mapping. */
  score: number;
}

export interface CountryEdgeData {
  id: string;
  source: string;
  target: string;
  links: number;
  /** sqrt(links) scaled to 0–1 against the busiest pair, for the width mapping. */
  weight: number;
}

const scaled = (v: number, max: number) => (max > 0 ? Math.sqrt(v) / Math.sqrt(max) : 0);

export function countryElements(data: CountryLinks, lang: Lang): ElementDefinition[] {
  const within = new Map(data.links.filter((l) => l.source === l.target).map((l) => [l.source, l.links]));
  const between = data.links.filter((l) => l.source !== l.target);
  const maxNode = Math.max(0, ...data.countries.map((c) => c.links));
  const maxEdge = Math.max(0, ...between.map((l) => l.links));
  const nodes: ElementDefinition[] = data.countries.map((c) => ({
    group: 'nodes',
    data: {
      id: c.code,
      label: countryName(lang, c.code),
      links: c.links,
      within: within.get(c.code) ?? 0,
      entities: c.entities,
      lat: c.lat,
      lon: c.lon,
      score: scaled(c.links, maxNode),
    } satisfies CountryNodeData,
  }));
  const edges: ElementDefinition[] = between.map((l) => ({
    group: 'edges',
    data: { id: `${l.source}|${l.target}`, source: l.source, target: l.target, links: l.links, weight: scaled(l.links, maxEdge) } satisfies CountryEdgeData,
  }));
  return [...nodes, ...edges];
}

/** Totals for the view's heading: countries, links between two of them, links inside one. */
export function countryTotals(data: CountryLinks): { countries: number; between: number; within: number } {
  let between = 0;
  let within = 0;
  for (const l of data.links) l.source === l.target ? (within += l.links) : (between += l.links);
  return { countries: data.countries.length, between, within };
}

// The view as a URL query string and back: selection, loaded neighbourhoods, filters, layout, tool, language.
// Defaults are left out, so a link stays short; anything unreadable falls back to its default.
import { OVERVIEW_KINDS, RELATION_KINDS, type RelationKind } from '../api-types.js';
import type { Lang } from '../i18n/index.js';

export const LAYOUTS = ['fcose', 'geo', 'concentric', 'country'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const SOURCES = ['all', 'reports', 'lists'] as const;
export type Source = (typeof SOURCES)[number];
export const TOOLS = ['shared', 'similar', 'path'] as const;
export type Tool = (typeof TOOLS)[number];

export interface Filters {
  /** Relation kinds shown. */
  kinds: RelationKind[];
  yearFrom: number | null;
  yearTo: number | null;
  /** ISO codes; empty means every country. */
  countries: string[];
  source: Source;
  /** Whether undated relations stay visible (they have no year to fall in a range). */
  undated: boolean;
  /** Nodes with fewer visible relations are hidden (1: none is). */
  minDegree: number;
}

export interface ViewState {
  /** The selected node (its side panel is open). */
  node: string | null;
  /** The selected edge (its evidence is open). */
  edge: string | null;
  /** Entities whose neighbourhoods are loaded, in order. */
  expanded: string[];
  /** Whether the overview (GET /api/graph) is loaded, and the most relations it asks for. */
  overview: boolean;
  limit: number;
  filters: Filters;
  layout: LayoutName;
  size: 'degree' | 'pagerank';
  colour: 'kind' | 'community';
  lang: Lang;
  tool: Tool | null;
  /** The tool's entities: the cities for shared partners, the city for similar, from and to for a path. */
  picks: string[];
  /** Which of the paths found is shown (0: the shortest). */
  alt: number;
  /** Whether the aggregate view (countries as nodes, their twin links counted) is open over the graph. */
  countryLinks: boolean;
  /** The table of the visible graph that is open, if any. */
  table: 'nodes' | 'edges' | null;
  /** The report whose text is open beside the graph, and the quoted sentence's offsets in it. */
  report: string | null;
  at: { start: number; end: number } | null;
}

/** Relations the overview asks for unless the link says otherwise (the API allows up to 30,000). */
export const DEFAULT_LIMIT = 2000;
export const MAX_LIMIT = 30000;
/** The whole Wikipedia twin list (about 26,000 pairs) fits under the largest. */
export const OVERVIEW_LIMITS = [500, 2000, 5000, MAX_LIMIT] as const;

/** Kinds on by default: all but LOCATED_IN, whose country hubs swallow a view. */
export const DEFAULT_KINDS: RelationKind[] = [...OVERVIEW_KINDS];

export function defaultState(): ViewState {
  return {
    node: null,
    edge: null,
    expanded: [],
    overview: false,
    limit: DEFAULT_LIMIT,
    filters: { kinds: [...DEFAULT_KINDS], yearFrom: null, yearTo: null, countries: [], source: 'all', undated: true, minDegree: 1 },
    layout: 'fcose',
    size: 'degree',
    colour: 'kind',
    lang: 'ru',
    tool: null,
    picks: [],
    alt: 0,
    countryLinks: false,
    table: null,
    report: null,
    at: null,
  };
}

const list = (v: string | null): string[] => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
const oneOf = <T extends string>(v: string | null, allowed: readonly T[], fallback: T): T =>
  v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
const year = (v: string | null): number | null => {
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) && n >= 1000 && n <= 2100 ? n : null;
};
const bounded = (v: string | null, min: number, max: number, fallback: number): number => {
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};
/** `start-end` character offsets, start before end. */
const offsets = (v: string | null): { start: number; end: number } | null => {
  const m = v?.match(/^(\d{1,9})-(\d{1,9})$/);
  if (!m) return null;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return start < end ? { start, end } : null;
};
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const d = defaultState();
  const kinds = p.has('kinds') ? list(p.get('kinds')).filter((k): k is RelationKind => (RELATION_KINDS as readonly string[]).includes(k)) : d.filters.kinds;
  let yearFrom = year(p.get('yearFrom'));
  let yearTo = year(p.get('yearTo'));
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const alt = Number(p.get('alt'));
  return {
    node: p.get('node') || null,
    edge: p.get('edge') || null,
    expanded: [...new Set(list(p.get('expanded')))],
    overview: p.get('overview') === '1',
    limit: bounded(p.get('limit'), 1, MAX_LIMIT, DEFAULT_LIMIT),
    filters: {
      kinds,
      yearFrom,
      yearTo,
      countries: list(p.get('countries')).map((c) => c.toUpperCase()),
      source: oneOf(p.get('source'), SOURCES, d.filters.source),
      undated: p.get('undated') !== '0',
      minDegree: bounded(p.get('minDegree'), 1, 1000, 1),
    },
    layout: oneOf(p.get('layout'), LAYOUTS, d.layout),
    size: oneOf(p.get('size'), ['degree', 'pagerank'] as const, d.size),
    colour: oneOf(p.get('colour'), ['kind', 'community'] as const, d.colour),
    lang: oneOf(p.get('lang'), ['ru', 'en'] as const, d.lang),
    tool: oneOf<Tool | ''>(p.get('tool'), TOOLS, '') || null,
    picks: list(p.get('picks')),
    alt: Number.isInteger(alt) && alt >= 0 && alt <= 5 ? alt : 0,
    countryLinks: p.get('countryLinks') === '1',
    table: oneOf<'nodes' | 'edges' | ''>(p.get('table'), ['nodes', 'edges'], '') || null,
    report: p.get('report') || null,
    at: offsets(p.get('at')),
  };
}

export function serialiseState(s: ViewState): string {
  const d = defaultState();
  const p = new URLSearchParams();
  if (s.node) p.set('node', s.node);
  if (s.edge) p.set('edge', s.edge);
  if (s.expanded.length) p.set('expanded', s.expanded.join(','));
  if (s.overview) p.set('overview', '1');
  if (s.overview && s.limit !== DEFAULT_LIMIT) p.set('limit', String(s.limit));
  if (!sameSet(s.filters.kinds, d.filters.kinds)) p.set('kinds', RELATION_KINDS.filter((k) => s.filters.kinds.includes(k)).join(','));
  if (s.filters.yearFrom !== null) p.set('yearFrom', String(s.filters.yearFrom));
  if (s.filters.yearTo !== null) p.set('yearTo', String(s.filters.yearTo));
  if (s.filters.countries.length) p.set('countries', s.filters.countries.join(','));
  if (s.filters.source !== d.filters.source) p.set('source', s.filters.source);
  if (!s.filters.undated) p.set('undated', '0');
  if (s.filters.minDegree > 1) p.set('minDegree', String(s.filters.minDegree));
  if (s.layout !== d.layout) p.set('layout', s.layout);
  if (s.size !== d.size) p.set('size', s.size);
  if (s.colour !== d.colour) p.set('colour', s.colour);
  if (s.lang !== d.lang) p.set('lang', s.lang);
  if (s.tool) p.set('tool', s.tool);
  if (s.tool && s.picks.length) p.set('picks', s.picks.join(','));
  if (s.tool === 'path' && s.alt > 0) p.set('alt', String(s.alt));
  if (s.countryLinks) p.set('countryLinks', '1');
  if (s.table) p.set('table', s.table);
  if (s.report) p.set('report', s.report);
  if (s.report && s.at) p.set('at', `${s.at.start}-${s.at.end}`);
  const q = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return q ? `?${q}` : '';
}

/** The filters as the API's /api/graph and /api/export take them (source `report` or `csv`). */
export function apiFilters(f: Filters): { kinds: RelationKind[]; countries: string[]; yearFrom: number | null; yearTo: number | null; source?: string; minDegree?: number } {
  const source = f.source === 'reports' ? 'report' : f.source === 'lists' ? 'csv' : undefined;
  // The server leaves undated relations out under a year bound; while they are shown, the years are applied here.
  const years = f.undated ? { yearFrom: null, yearTo: null } : { yearFrom: f.yearFrom, yearTo: f.yearTo };
  return { kinds: f.kinds, countries: f.countries, ...years, source, minDegree: f.minDegree > 1 ? f.minDegree : undefined };
}

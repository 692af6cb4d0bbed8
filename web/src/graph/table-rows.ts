// The visible graph as two tables (pure, tested in Node): nodes with kind, country, coordinates and degree;
// edges with both ends, kind, year, status and their sources. Sorting, filtering and CSV for both.
import type { EdgeData, NodeData } from './elements.js';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export const NODE_COLUMNS = ['name', 'nameEn', 'kind', 'country', 'lat', 'lon', 'degree', 'id'] as const;
export const EDGE_COLUMNS = ['source', 'kind', 'target', 'year', 'status', 'evidence', 'sources', 'id'] as const;
export type NodeColumn = (typeof NODE_COLUMNS)[number];
export type EdgeColumn = (typeof EDGE_COLUMNS)[number];

export function nodeRows(nodes: readonly NodeData[], degree: ReadonlyMap<string, number>): Row[] {
  return nodes.map((n) => ({ name: n.name, nameEn: n.nameEn, kind: n.kind, country: n.country, lat: n.lat, lon: n.lon, degree: degree.get(n.id) ?? 0, id: n.id }));
}

export function edgeRows(edges: readonly EdgeData[], names: (id: string) => string): Row[] {
  return edges.map((e) => ({
    source: names(e.source),
    kind: e.kind,
    target: names(e.target),
    year: e.year,
    status: e.status,
    evidence: e.evidenceCount,
    sources: e.reports.join(' '),
    id: e.id,
  }));
}

/** Rows whose cells contain every word of `filter` (any case), sorted by a column (nulls last). */
export function view(rows: readonly Row[], filter: string, sort: { column: string; descending: boolean } | null): Row[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = words.length === 0 ? [...rows] : rows.filter((r) => {
    const text = Object.values(r).map((v) => (v === null ? '' : String(v).toLowerCase())).join(' ');
    return words.every((w) => text.includes(w));
  });
  if (!sort) return kept;
  const sign = sort.descending ? -1 : 1;
  return kept.sort((a, b) => {
    const [x, y] = [a[sort.column] ?? null, b[sort.column] ?? null];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}

/** RFC 4180 CSV with a header; a cell that a spreadsheet would run as a formula is prefixed with '. */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const cell = (v: Cell) => {
    if (v === null) return '';
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s) && typeof v !== 'number') s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? null)).join(','))].join('\r\n')}\r\n`;
}

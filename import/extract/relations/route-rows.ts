// VISIT from a table of visits, flattened into rows: "Март | Таганрог – Крагуевац | заместитель главы … | подписан
// протокол …". A cell that holds two towns joined by a dash is a trip's route, from the first to the second; a cell
// that is a month dates it. Yearly reports keep their delegations in such tables.
import { confidenceOf } from '../confidence.js';
import { monthOf } from '../dates.js';
import type { Draft, Rule } from './context.js';

const CELL = /[^|]+/g;
const ROUTE_DASH = /^\s*[–—-]\s*$/u;
const YEAR_CELL = /^\s*((?:19|20)\d\d)\s*(г\.?|год)?\s*$/u;

/** Rows of two cells at least: a table's bars on both sides of one. */
export function mayBeRouteRow(text: string): boolean {
  const first = text.indexOf('|');
  return first >= 0 && text.indexOf('|', first + 1) > first;
}

export const routeRowRule: Rule = (ctx) => {
  const text = ctx.text;
  if (!mayBeRouteRow(text)) return [];
  // Only the route's cell and the date's are read: "подписан протокол о намерениях" in another cell is no plan.
  const cities = ctx.mentions.filter((m) => m.kind === 'City' && !m.nestedIn);
  let month: number | null = null;
  let year: number | null = null;
  let route: [string, string] | null = null;
  for (const cell of text.matchAll(CELL)) {
    const start = cell.index;
    const end = start + cell[0].length;
    const word = cell[0].trim();
    month ??= /^[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+$/u.test(word) ? monthOf(word) : null;
    const y = YEAR_CELL.exec(cell[0]);
    if (y) year ??= Number(y[1]);
    const inCell = cities.filter((m) => m.start >= start && m.end <= end);
    if (route || inCell.length !== 2) continue;
    const [a, b] = inCell as [(typeof inCell)[0], (typeof inCell)[0]];
    const rest = text.slice(start, a.start) + text.slice(b.end, end);
    if (ROUTE_DASH.test(text.slice(a.end, b.start)) && rest.trim() === '' && a.id !== b.id) route = [a.id, b.id];
  }
  if (!route) return [];
  const draft: Draft = {
    kind: 'VISIT', source: route[0], target: route[1], year: year ?? ctx.reportYear, month, status: null, confidence: confidenceOf('visit'),
  };
  return [draft];
};

// A list item or a table row that names a partner, then its document: "• Шымкент (Казахстан) — соглашение о
// сотрудничестве подписано в 2018 году", "4 Самара Российская Федерация соглашение о межмуниципальном сотрудничестве 2015".
import type { Mention } from '../mentions.js';
import type { Clause } from './context.js';

// Between an item's partner and its document: "(Казахстан) — ", " – ".
const ITEM_DASH = /^\s*(\([^()]*\)\s*)?[—–-]\s*([a-zß-öø-ſа-ԯ]+\s+){0,2}$/u;
// What opens a table's row before its first cell: the row's number, and the cells' bar when the table kept one
// ("4 | Баня-Лука | Босния и Герцеговина | соглашение о сотрудничестве | 2016").
const ROW_NUMBER = /^\s*\|?\s*\d{1,3}[.)]?\s*(\s|\|)\s*$/u;
const CELL_GAP = /^[\s|]*$/u;

/** `m` is a table row's first cell, after the row's number, and only its country's cell stands before the document. */
function isTableRow(clause: Clause, m: Mention, docAt: number): boolean {
  if (!ROW_NUMBER.test(clause.text.slice(0, m.start))) return false;
  const country = clause.mentions.find((c) => c.kind === 'Country' && c.start >= m.end && c.end <= docAt);
  const gap = country ? clause.text.slice(m.end, country.start) + clause.text.slice(country.end, docAt) : clause.text.slice(m.end, docAt);
  return CELL_GAP.test(gap);
}

/** `m` opens an item (or a table's row) whose document, at `docAt`, follows it. */
export function isItemPartner(clause: Clause, m: Mention, docAt: number): boolean {
  return ITEM_DASH.test(clause.text.slice(m.end, docAt)) || isTableRow(clause, m, docAt);
}

// A row whose last cell is a year: "2 | Крагуевац | Сербия | соглашение о побратимстве | 2008".
const YEAR_CELL = /\|\s*((?:19|20)\d\d)\s*(?:г\.?|год)?\s*\|?\s*$/u;

/** The year in a table row's last cell: when its document was signed. */
export function rowYear(text: string): number | null {
  const m = YEAR_CELL.exec(text);
  return m ? Number(m[1]) : null;
}

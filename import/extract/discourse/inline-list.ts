// A list inside one sentence: "встречи с делегациями городов: Бобруйска (Беларусь) — в марте; Актобе (Казахстан) —
// в октябре; …", "городами-партнёрами: Портленд (США); Эмден (Германия)". Clauses split at ";", so every item but the
// first would lose the lead that says what happened; each item is read as the lead followed by that item alone, as a
// list of lines is (list-lead.ts). The sentence stays the evidence of every item.
import type { Mention } from '../mentions.js';
import { insideBrackets } from '../relations/context.js';

/** One item read with its lead: text and mentions as a rule reads a sentence. */
export interface ListPiece {
  text: string;
  mentions: Mention[];
}

// The lead's colon: "…городов:", not a time ("10:30") or a colon inside quotes.
const LEAD_COLON = /:(?!\d)/g;
// An item may open with a dash or bullet left in the line.
const ITEM_MARKER = /^\s*([-–—•]\s*)?/u;

/**
 * The items of a list after a lead's colon, each read with its lead, when the sentence has at least two items
 * separated by ";" and each opens with a name; null otherwise.
 */
export function inlineListPieces(text: string, mentions: Mention[]): ListPiece[] | null {
  if (!text.includes(';')) return null;
  const colon = leadColon(text);
  if (colon < 0) return null;
  const items = itemsAfter(text, colon + 1);
  if (items.length < 2) return null;
  const lead = text.slice(0, colon + 1);
  const leadMentions = mentions.filter((m) => m.end <= colon);
  const pieces: ListPiece[] = [];
  for (const [start, end] of items) {
    const opening = start + ITEM_MARKER.exec(text.slice(start, end))![0].length;
    // Every item names who it is about first: otherwise the ";" joins clauses, not items.
    if (!mentions.some((m) => m.start === opening && m.via === 'name' && !m.nestedIn)) return null;
    const shift = lead.length + 1 - opening;
    const own = mentions.filter((m) => m.start >= opening && m.end <= end).map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
    pieces.push({ text: `${lead} ${text.slice(opening, end)}`, mentions: [...leadMentions, ...own] });
  }
  return pieces;
}

function leadColon(text: string): number {
  for (const m of text.matchAll(LEAD_COLON)) if (!insideBrackets(text, m.index)) return m.index;
  return -1;
}

/** The [start, end) of each ";"-separated item after `from`, empty ones left out. */
function itemsAfter(text: string, from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    if (i < text.length && (text[i] !== ';' || insideBrackets(text, i))) continue;
    if (text.slice(start, i).trim()) out.push([start, i]);
    start = i + 1;
  }
  return out;
}

// When each node and edge of an export exists, in years, for Gephi's timeline (GEXF `start`/`end`, inclusive).
// A tie (twinning, agreement, partnership) lasts from its year on; a visit, contact or event is its year only.
// A fact with no year is always there, and so is a node that has one: a filter by time never hides it.
import type { ExportGraph } from './export-formats.js';

export interface Lifetime {
  start?: number;
  end?: number;
}

/** Kinds that happen in one year rather than begin in it. */
const ONE_YEAR = new Set(['VISIT', 'CONTACT', 'PARTICIPATED_IN', 'HELD_IN']);

export function edgeLifetime(e: { kind: string; year: number | null }): Lifetime {
  if (e.year == null) return {};
  return ONE_YEAR.has(e.kind) ? { start: e.year, end: e.year } : { start: e.year };
}

/** A node lives from its first fact's start to its last fact's end (open when a fact is); always when one is undated. */
export function nodeLifetimes(g: ExportGraph): Map<string, Lifetime> {
  const spans = new Map<string, Lifetime[]>();
  for (const e of g.edges) {
    const life = edgeLifetime(e);
    for (const id of [e.source, e.target]) {
      const list = spans.get(id);
      if (list) list.push(life);
      else spans.set(id, [life]);
    }
  }
  const out = new Map<string, Lifetime>();
  for (const [id, lives] of spans) {
    if (lives.some((l) => l.start === undefined)) continue;
    const start = Math.min(...lives.map((l) => l.start!));
    const end = lives.every((l) => l.end !== undefined) ? Math.max(...lives.map((l) => l.end!)) : undefined;
    out.set(id, end === undefined ? { start } : { start, end });
  }
  return out;
}

/** ` start="2019" end="2019"`, or nothing. */
export function lifetimeAttrs(l: Lifetime | undefined): string {
  return `${l?.start === undefined ? '' : ` start="${l.start}"`}${l?.end === undefined ? '' : ` end="${l.end}"`}`;
}

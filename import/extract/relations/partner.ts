// PARTNER: the text calls a city a partner (город-партнёр) of another, lists it among the "twin cities and
// partners", or it takes part in an event "of the partner cities of X".
import { clausesOf, before, listFrom, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';

// "города-партнёры X, Y", "в города-партнёры", "городами-партнёрами: X".
const PARTNER_TITLE_BEFORE = /(партн[её]р\p{L}*|побратим\p{L}*\s+и\s+(город\p{L}*-)?партн[её]р\p{L}*)\s*[:,—–-]?\s*(такие\s+(город\p{L}*\s+)?,?\s*как\s+)?(г\.\s*|город\p{L}*\s+)?$/iu;
// "Фестиваль культур городов-партнёров города Фучжоу": X owns the partners who take part.
const PARTNERS_OF = /город\p{L}*-партн[её]р\p{L}*\s+(город\p{L}*\s+|г\.\s*)?$/iu;

function partnersOfClause(clause: Clause, ctx: SentenceContext): Draft[] {
  const cities = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name');
  const out: Draft[] = [];
  const add = (a: string | null | undefined, b: string) => {
    if (a && a !== b) out.push({ kind: 'PARTNER', source: a, target: b, year: null, month: null, status: null, confidence: 0.7 });
  };
  for (const m of cities) {
    const b = before(clause, m, 60);
    if (PARTNERS_OF.test(b)) {
      // The owner of the partner network; the reporting city takes part in it.
      add(ctx.reportCityId, m.id);
      continue;
    }
    if (PARTNER_TITLE_BEFORE.test(b)) {
      for (const item of listFrom(clause, m, cities)) add(ctx.reportCityId, item.id);
    }
  }
  return out;
}

export const partnerRule: Rule = (ctx) => clausesOf(ctx).flatMap((c) => partnersOfClause(c, ctx));

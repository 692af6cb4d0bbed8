// PARTICIPATED_IN (a city or institution took part in a named event) and HELD_IN (where the event took place).
import { dateOf } from '../dates.js';
import type { Mention } from '../mentions.js';
import { before, clausesOf, listFrom, partyOf, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';

const TOOK_PART = /(участи|участник|участвова|лауреат|дипломант|призер|призёр|победител|экспозици|представил|представлен|выступил|делегаци|выставил)/iu;
// Where: "в городе Фучжоу", "в г. Минске", "(февраль, город Минск, Республика Беларусь)", "в Омске".
const PLACE_BEFORE = /((?<![\p{L}])(в|во)\s+(город\p{L}*|г\.)?\s*|\(\s*([\p{L}-]+\s*,\s*)?(город|г\.)\s*)$/iu;
// "такие города, как X, Y" / "приняли участие ... X (Япония), Y (Бельгия)": every listed city took part.
const LIST_OF_PARTICIPANTS = /(такие\s+(город\p{L}*)?\s*,?\s*как|участие\s+(приняли\s+)?(город\p{L}*)?\s*)\s*$/iu;

function participationOfClause(clause: Clause, ctx: SentenceContext): Draft[] {
  const events = clause.mentions.filter((m) => m.kind === 'Event');
  if (events.length === 0) return [];
  const text = clause.text;
  const out: Draft[] = [];
  const cities = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name');
  const participates = TOOK_PART.test(text);
  for (const ev of events) {
    const { year, month } = dateOf(text, ev.start, ctx.reportYear);
    if (participates) {
      for (const p of participantsOf(clause, ev, ctx)) {
        out.push({ kind: 'PARTICIPATED_IN', source: p, target: ev.id, year, month, status: null, confidence: 0.7 });
      }
    }
    const place = placeOf(clause, ev, cities);
    if (place) out.push({ kind: 'HELD_IN', source: ev.id, target: place, year, month, status: null, confidence: 0.7 });
  }
  return out;
}

/** Who took part: listed cities ("такие города, как …"), a named party before the event, else the reporter. */
function participantsOf(clause: Clause, ev: Mention, ctx: SentenceContext): string[] {
  const cities = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name');
  const listed = cities.find((m) => LIST_OF_PARTICIPANTS.test(before(clause, m, 50)));
  if (listed) return listFrom(clause, listed, cities).map((m) => m.id);
  const actors = clause.mentions.filter(
    (m) =>
      m.end <= ev.start &&
      (m.kind === 'City' || m.kind === 'Institution') &&
      m.via !== 'event' &&
      !PLACE_BEFORE.test(before(clause, m, 30)),
  );
  const actor = actors[0];
  if (actor) return [actor.via === 'adjective' || actor.via === 'residents' ? actor.id : partyOf(actor)];
  return ctx.reportCityId ? [ctx.reportCityId] : [];
}

function placeOf(clause: Clause, ev: Mention, cities: Mention[]): string | null {
  // The place follows the event's name in these reports: "... ярмарке в городе Фучжоу".
  const after = cities.find((m) => m.start >= ev.end && m.start - ev.end < 80 && PLACE_BEFORE.test(before(clause, m, 30)));
  if (after) return after.id;
  // A city adjective inside the name: "Петербургский экономический форум", "выставка «Омская марка»".
  const inside = clause.all.find((m) => m.kind === 'City' && m.nestedIn === 'Event' && m.start >= ev.start && m.end <= ev.end);
  return inside?.id ?? null;
}

export const participationRule: Rule = (ctx) => clausesOf(ctx).flatMap((c) => participationOfClause(c, ctx));
export const _internal = { partyOf };

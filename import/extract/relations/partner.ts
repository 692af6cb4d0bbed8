// PARTNER: the text calls a city a partner (город-партнёр) of another, lists it among the "twin cities and
// partners", names a partnership or friendship with it, or it takes part in an event "of the partner cities of X".
import { confidenceOf } from '../confidence.js';
import type { Mention } from '../mentions.js';
import { isPlanned } from './cues.js';
import { pairsAround } from './pairs.js';
import { before, clausesOf, listFrom, partyOf, yearAfterParty, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
const AS_CITY_BEFORE = /как\s+(г\.\s*|город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/iu;
const PREPOSITION_CITY_BEFORE = /(с|со|в|во|из)\s+(г\.\s*|город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/iu;
// Constants, not literals in the functions: built once rather than on every call.
const IN_AN_EVENT = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во|на)\s+(фестивал|форум|конкурс|мероприяти|проект)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?!\s*«)/iu;
const IN_CITY_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+(городе\s+|г\.\s*)?$/iu;
const IN_IT = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+(нём|нем)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
const RIGHT_AFTER_CUE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(участву[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|участвовал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|приняли\s+участие)\s+$/iu;
const LIST_OPENER = /((,\s*)?как|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])из)\s+(г\.\s*|городов\s+)?$/iu;

// "города-партнёры X, Y", "в города-партнёры", "городами-партнёрами: X", "побратимов и партнёров, таких как X".
const PARTNER_TITLE = /(партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+и\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s*[:,—–-]?\s*(таки[ехм]\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*)?,?\s*)?(как\s+)?(г\.\s*|город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/iu;
// Between an owner and its list: "партнёров Омска, как Кайфын": the owner is the city right after the title.
const OWNER_GAP = /^\s*(\([^()]*\))?\s*(,\s*)?(таки[ехм]\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*)?,?\s*)?(как|:|—|–|-)\s*(г\.\s*|город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/iu;
// "Фестиваль культур городов-партнёров города Фучжоу": X owns the partners who take part.
const PARTNERS_OF = /город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;
// "партнёрские (дружеские) отношения с X", "имеющих дружеские и побратимские связи с X".
// A partner word; "социальные партнёры", "партнёры по бизнесу" are not cities' partnerships.
const PARTNER_ANY = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])партн[её]р(?!ств)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;
const NOT_A_CITY_PARTNER = /(социальн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|бизнес|деловы[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|торгов[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|стратегическ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|генеральн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|информационн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+партн[её]р|партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(по|из\s+числа)\s/iu;
// "городов, с которыми у Омска налажено сотрудничество, … такие города, как A, B": a list of cooperating cities.
const COOPERATING = /с\s+которым(и)?\s+(у\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)\s+)?([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?(налажен|установлен|поддержива|развива|вед[её]тся|осуществля)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(сотрудничеств|связ|отношени)/iu;
// What may stand between two items of such a list: commas, "и", "- все США," (the country of the items before), an
// adjective of a country and "город": "A, B - все США, французский город C, польский D".
const COOPERATING_GAP = /^[\s,]*(и\s+|а\s+также\s+)?([-–—]\s*(все|оба|обе)\s+\S+\s*,?\s*)?([a-zß-öø-ſа-ԯ]+\s+)?(город[a-zß-öø-ſа-ԯ]*\s+|г\.\s*)?$/u;
const RELATIONS_WITH = /(партн[её]рск|дружеск|дружественн)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(и\s+[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(отношени|связ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(с|со)\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;

/** Adds the partnership of `a` and `b` to `out` when they are two (a module function: see name-tail.ts on keepNames). */
/** `year`: one written right after the partner ("Гомель (Беларусь) — с 1995 года"). */
function addPartner(out: Draft[], a: string | null | undefined, b: string, year: number | null = null): void {
  if (a && a !== b) out.push({ kind: 'PARTNER', source: a, target: b, year, month: null, status: null, confidence: confidenceOf('partner') });
}

function partnersOfClause(clause: Clause, ctx: SentenceContext): Draft[] {
  if (isPlanned(clause.text)) return [];
  const cities = clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name');
  const out: Draft[] = [];
  const listed = new Set<Mention>();
  for (const m of cities) {
    if (listed.has(m)) continue;
    const b = before(clause, m, 60);
    if (RELATIONS_WITH.test(b)) {
      // "дружеские отношения с городами A (X), B и C": every item of the list that follows is a partner.
      const owner = subjectBefore(clause, m) ?? ctx.reportCityId;
      for (const item of listFrom(clause, m, cities)) {
        listed.add(item);
        addPartner(out, owner, item.id);
      }
      continue;
    }
    if (PARTNER_TITLE.test(b)) {
      // "партнёров Омска, как Кайфын, Маньчжурия": Омск owns the list that follows.
      const next = cities.find((c) => c.start >= m.end);
      if (next && OWNER_GAP.test(clause.text.slice(m.end, next.start))) {
        for (const item of listFrom(clause, next, cities)) {
          listed.add(item);
          addPartner(out, m.id, item.id);
        }
        continue;
      }
      for (const item of listFrom(clause, m, cities)) {
        listed.add(item);
        addPartner(out, ctx.reportCityId, item.id, yearAfterParty(clause, item.id) ?? partnerSince(clause));
      }
    }
  }
  // The network's owner named inside an event's name: its participants are its partners.
  for (const owner of clause.all.filter((m) => m.kind === 'City' && m.nestedIn === 'Event')) {
    if (!PARTNERS_OF.test(before(clause, owner, 60))) continue;
    const participants = clause.mentions.filter(
      (m) => (m.kind === 'City' || m.via === 'authority') && m.end <= owner.start && partyOf(m) !== owner.id,
    );
    if (participants.length === 0) addPartner(out, ctx.reportCityId, owner.id);
    for (const p of participants) addPartner(out, partyOf(p), owner.id);
  }
  // "В Фестивале помимо Омска приняли участие такие города, как …": the festival "of the partner cities of X"
  // was named in an earlier sentence; the cities listed here are X's partners too.
  const owner = ctx.topicEventId ? ctx.partnerNetworkOf?.(ctx.topicEventId) : null;
  // "В нём приняли участие коллективы из A, B и C": the same, the event named by a pronoun, the list after "из"; or,
  // right after the event's sentence, by no word at all ("На сцене выступили коллективы из A, B и C").
  const tookPart = /участ|выступ/iu.test(clause.text);
  if (owner && tookPart && (IN_AN_EVENT.test(clause.text) || IN_IT.test(clause.text) || ctx.topicEventJustNamed)) {
    // "в фестивале участвуют Шымкент (Казахстан), Гянджа …": the list may follow the verb itself.
    const first = cities.find((m) => LIST_OPENER.test(before(clause, m, 20)) || RIGHT_AFTER_CUE.test(before(clause, m, 30)));
    if (first) for (const item of listFrom(clause, first, cities)) addPartner(out, owner, item.id);
  }
  // "… с которыми у Саратова налажено сотрудничество, включены такие города, как A, B, C": each is a partner.
  const cooperating = COOPERATING.exec(clause.text);
  if (cooperating) {
    const first = cities.find((m) => m.start > cooperating.index && AS_CITY_BEFORE.test(before(clause, m, 20)));
    const owner = cooperating[3] ? clause.mentions.find((m) => m.kind === 'City' && m.start === cooperating.index + cooperating[0].indexOf(cooperating[3]!)) : undefined;
    if (first) for (const item of spreadList(clause, first, cities)) addPartner(out, owner?.id ?? ctx.reportCityId, item.id);
  }
  if (out.length > 0) return out;
  // "Партнёрами являются A, B и C", "A — перспективный партнёр для B", "партнёрские связи A и B": the shapes
  // twin links come in.
  const word = PARTNER_ANY.exec(clause.text);
  if (!word || NOT_A_CITY_PARTNER.test(clause.text)) return out;
  const parties = clause.mentions.filter(
    (m) => m.kind === 'City' && (m.via === 'name' || m.via === 'authority') && !IN_CITY_BEFORE.test(before(clause, m, 20)),
  );
  const pairs = pairsAround(clause, parties, word.index, ctx, OUR_PARTNERSHIP);
  for (const [a, b] of pairs) addPartner(out, a, b, pairs.length === 1 ? partnerSince(clause) : null);
  return out;
}

// "налаживание партнёрских отношений между городами": the reporter and the city the text is about.
const OUR_PARTNERSHIP = /партн[её]рск[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(отношени|связ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+между\s+((нашими|двумя|обоими)\s+)?городами(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])/iu;

// "Ош (Киргизия) — город-партнёр с 2018 года": the year the partnership began, said of the partner word.
const PARTNER_SINCE = /партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?с\s+((?:19|20)\d\d)\s*(г\.|год)/iu;

/** The year a clause says its one partnership has held since, or null. */
function partnerSince(clause: Clause): number | null {
  const m = PARTNER_SINCE.exec(clause.text);
  return m ? Number(m[2]) : null;
}

/** The cities of a list that may carry its items' countries between them ("A, B - все США, французский город C"). */
function spreadList(clause: Clause, first: Mention, cities: Mention[]): Mention[] {
  const out = [first];
  let last = first;
  for (const m of cities) {
    if (m.start <= last.start) continue;
    // A country named in the gap ("все США", "(Франция)") is the items' country, not a break in the list.
    const gap = clause.text.slice(last.end, m.start).replace(/\([^()]*\)/gu, ' ');
    if (!COOPERATING_GAP.test(gap)) break;
    out.push(m);
    last = m;
  }
  return out;
}

/** The city that has the relations: a city named as the clause's subject before the phrase, if any. */
function subjectBefore(clause: Clause, m: Mention): string | null {
  const subject = clause.mentions.find(
    (o) => o.kind === 'City' && (o.via === 'name' || o.via === 'authority') && o.end <= m.start && !PREPOSITION_CITY_BEFORE.test(before(clause, o, 20)),
  );
  return subject ? partyOf(subject) : null;
}

export const partnerRule: Rule = (ctx) => clausesOf(ctx).flatMap((c) => partnersOfClause(c, ctx));

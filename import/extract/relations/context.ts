// What a relation rule sees of one sentence: its text, what it names, and what the report around it is about.
import type { Mention } from '../mentions.js';
import type { ExtractedRelation } from '../types.js';
import type { Recall } from '../discourse/recall.js';
import { matchesOf } from '../lexicon/spans.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
// ": ранее побратимские отношения были установлены с …": a colon before a clause of its own (not before a list).
// "… делегация из Газиантепа - это шестой по величине город Турции": a dash before "это" opens a description of
// what came before, whose places take no part in the clause it describes.
const CLAUSE_SPLITTER = /;|:\s+(?=(ранее|также|кроме\s+того|при\s+этом|теперь)\s)|,\s+(?:а\s+также|а(?!\s+также)|но)\s+(?!(в|во)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(город|г\.))(?=[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])|\s[-–—]\s+(?=это\s)/gu;
const DESCRIPTION_DASH = /^\s[-–—]/u;

// "между A и B, а также C и D": the pair after "между" right before ", а также", and another pair right after it.
const BETWEEN_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])между\s+([a-zß-öø-ſа-ԯ]+\s+)?$/iu;
const AND = /^\s+и\s+$/u;
// The whole gap between two towns a "с" joins ("Пенза с Гродно").
export const JOINED_BY_WITH = /^\s+(с|со)\s+$/u;

/** Whether the ", а также" at text[at, next) goes on with the pairs a "между" began: named pairs on both sides. */
function morePairs(text: string, all: readonly Mention[], at: number, next: number): boolean {
  const mentions = all.filter((m) => !m.nestedIn && m.kind !== 'Country').sort((x, y) => x.start - y.start);
  const b = mentions.findIndex((m) => m.end === at);
  const c = mentions.findIndex((m) => m.start === next);
  if (b < 1 || c < 0 || c + 1 >= mentions.length) return false;
  const a = mentions[b - 1]!;
  const d = mentions[c + 1]!;
  // "побратались Пенза с Гродно, а Тула с Брестом": pairs joined by "с" go on too.
  if (JOINED_BY_WITH.test(text.slice(a.end, mentions[b]!.start)) && JOINED_BY_WITH.test(text.slice(mentions[c]!.end, d.start))) return true;
  return BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)) && AND.test(text.slice(a.end, mentions[b]!.start)) && AND.test(text.slice(mentions[c]!.end, d.start));
}

export interface SentenceContext {
  /** The sentence text; mention offsets point into it. */
  text: string;
  mentions: Mention[];
  /** The city the report is about (`city:omsk`), acting whenever a sentence names no actor. */
  reportCityId: string | null;
  reportYear: number | null;
  /**
   * The partner city the sentence is about without naming it: the city of the section heading it sits under
   * ("Город Гомель (Республика Беларусь)"), or the last partner city the paragraph named.
   */
  topicCityId: string | null;
  /** The last named event before this sentence, for "В Фестивале приняли участие …" that names it no more. */
  /** The partner city whose section of a page the sentence stands in (its heading line named it). */
  sectionCityId?: string | null;
  topicEventId?: string | null;
  /** The topic event was named by the sentence right before. */
  topicEventJustNamed?: boolean;
  /** Where a sentence before said an event was held; absent or null when none did. */
  placeOfEvent?: (eventId: string) => string | null;
  /** For an event "of the partner cities of X" (Фестиваль культур городов-партнёров города Фучжоу): X's id. */
  partnerNetworkOf?: (eventId: string) => string | null;
  /** What the sentence may refer back to ("этих городов", "такие соглашения"); nothing when absent. */
  recall?: Recall;
  /** The cities whose guests came to the reporting city earlier in the paragraph (discourse/index.ts). */
  guests?: readonly string[];
  /** The institution whose press release the text is (report-institution.ts); null or absent otherwise. */
  reportInstitutionId?: string | null;
  /** ISO2 of a city entity, when known. */
  countryOf(id: string): string | null;
}

/** A relation before evidence is attached: the sentence is its evidence. */
export type Draft = Omit<ExtractedRelation, 'evidence'>;

export type Rule = (ctx: SentenceContext) => Draft[];

/** A piece of a sentence that reports one thing: split at ";" and at ", а"/", но" that join two events. */
export interface Clause {
  text: string;
  start: number;
  end: number;
  /** Mentions that act in the clause (not those inside an event's name). */
  mentions: Mention[];
  /** Every mention, those inside event names too. */
  all: Mention[];
}

// Every rule splits the same sentence, one rule after the other: the last context's clauses are kept (found by
// identity, where a WeakMap's look-up and insert per sentence cost more than the split of a short sentence).
// A context is never changed once the rules read it, so its clauses are a function of it.
let lastContext: SentenceContext | null = null;
let lastClauses: Clause[] = [];

export function clausesOf(ctx: SentenceContext): Clause[] {
  if (ctx !== lastContext) {
    lastClauses = splitClauses(ctx);
    lastContext = ctx;
  }
  return lastClauses;
}

function splitClauses(ctx: SentenceContext): Clause[] {
  const cuts: number[] = [0];
  // ", а также в российские города - …" continues a list of places, so it does not split.
  const splitter = CLAUSE_SPLITTER;
  for (const m of matchesOf(splitter, ctx.text)) {
    // Never cut inside quotes or parentheses: names of events and documents contain commas. "между A и B, а также
    // C и D" goes on naming pairs.
    // ("Побратимы Тулы — это Гомель и Брест": a dash and "это" before towns names them, the sentence's own news.)
    if (DESCRIPTION_DASH.test(m[0]) && ctx.mentions.some((c) => c.kind === 'City' && c.start > m.index!)) continue;
    if (!insideBrackets(ctx.text, m.index!) && !morePairs(ctx.text, ctx.mentions, m.index!, m.index! + m[0].length)) cuts.push(m.index! + 1);
  }
  cuts.push(ctx.text.length);
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    const inside = ctx.mentions.filter((m) => m.start >= start && m.end <= end);
    // The first clause (most sentences have only one) keeps the sentence's offsets: no copies. Mentions are
    // never changed in place, so a clause may share them with the sentence.
    const all = start === 0 ? inside : inside.map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
    const text = ctx.text.slice(start, end);
    clauses.push({ text, start, end, all, mentions: all.filter((m) => !m.nestedIn && !locatesCity(text, m, all)) });
  }
  return clauses;
}

// What may stand in a city's brackets before its region: its country and a comma, a word such as "провинция"
// ("(КНР, провинция Хайнань").
const BEFORE_REGION_IN_BRACKETS = /^\(\s*([^(),]*,\s*)?([a-zß-öø-ſа-ԯ]+\s+)?$/u;

/**
 * A region in the brackets right after a city ("Санья (КНР, провинция Хайнань)", "Чанчунь (провинция Цзилинь)")
 * says where the city is; it takes no part in what the clause tells.
 */
function locatesCity(text: string, m: Mention, all: Mention[]): boolean {
  if (m.kind !== 'Region') return false;
  const open = text.lastIndexOf('(', m.start);
  if (open < 0 || !BEFORE_REGION_IN_BRACKETS.test(text.slice(open, m.start))) return false;
  return all.some((c) => c.kind === 'City' && c.end <= open && /^\s*$/u.test(text.slice(c.end, open)));
}

export function insideBrackets(text: string, index: number): boolean {
  let quotes = 0;
  let parens = 0;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '«') quotes++;
    else if (c === '»') quotes = Math.max(0, quotes - 1);
    else if (c === '(') parens++;
    else if (c === ')') parens = Math.max(0, parens - 1);
  }
  return quotes > 0 || parens > 0;
}

/** The entity a mention acts for: a city's institution acts for itself, an authority for its city. */
export function partyOf(m: Mention): string {
  return m.via === 'authority' && m.cityId ? m.cityId : m.id;
}

/** The city a mention stands for or sits in, for rules (visits) that only relate cities. */
export function cityOfMention(m: Mention): string | null {
  if (m.kind === 'City') return m.id;
  if (m.kind === 'Institution' || m.via === 'authority') return m.cityId ?? null;
  return null;
}

// What stands between an institution and the city it is in: "школа № 5 города Бреста", "школа № 5 (г. Брест".
// "школой № 5 города Бреста", "университетом (г. Минск", "Дорнодский университет (Чойбалсан)".
const CITY_OF_INSTITUTION = /^\s*(\(\s*((город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|г\.)\s*)?|(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|г\.)\s*)$/iu;

/** Whether `city` names where the institution `inst` right before it is, not a party of its own. */
export function isCityOf(clause: Clause, inst: Mention, city: Mention): boolean {
  return inst.kind === 'Institution' && city.kind === 'City' && inst.end <= city.start && CITY_OF_INSTITUTION.test(clause.text.slice(inst.end, city.start));
}

/**
 * The words right before a mention (up to `chars` characters), for case-insensitive (`i`) patterns only: it is the
 * text's own case, except that a piece holding `İ` is lowercased as it always was. Every other character is equal
 * under `iu` to its lower case, so no pattern can tell; `İ` alone lowercases to two code units (`i` and a combining
 * dot, not a letter). Lowercasing every piece cost more than the patterns that read it.
 */
export function before(clause: Clause, m: Mention, chars = 40): string {
  return asRead(clause.text.slice(Math.max(0, m.start - chars), m.start));
}

/** The words right after a mention, as `before` gives them. */
export function after(clause: Clause, m: Mention, chars = 40): string {
  return asRead(clause.text.slice(m.end, m.end + chars));
}

function asRead(piece: string): string {
  return piece.includes('\u0130') ? piece.toLowerCase() : piece;
}

/**
 * Mentions that continue a list started by `first`: separated only by commas, "и", parenthesised
 * countries/regions and "г."/"город". `pool` is sorted by position.
 */
export function listFrom(clause: Clause, first: Mention, pool: Mention[]): Mention[] {
  const out = [first];
  let last = first;
  for (const m of pool) {
    if (m.start < last.end || m === first) continue;
    // "Шэньян, с которым соглашение подписано в 1998 году, и белорусский Брест": a relative clause on an item.
    // "Гродно Республики Беларусь, Восточное Сараево …": an item's country in the genitive.
    const gap = clause.text.slice(countryAfter(clause, last.end, m.start), m.start).replace(RELATIVE_CLAUSE, '');
    if (!LIST_GAP.test(gap)) break;
    out.push(m);
    last = m;
  }
  return out;
}

/** Where the country or region named right after an item (`Гродно Республики Беларусь`, `Цуруга в Японии`) ends; `from` when none is. */
function countryAfter(clause: Clause, from: number, before: number): number {
  const c = clause.mentions.find((x) => (x.kind === 'Country' || x.kind === 'Region') && x.start >= from && x.end <= before && COUNTRY_LEAD.test(clause.text.slice(from, x.start)));
  if (c) return c.end;
  // "городом Дорогобужем Смоленской области и городом Оршей": the region that only locates an item (no mention of
  // its own, place-locators.ts).
  const region = REGION_OF_ITEM.exec(clause.text.slice(from, before));
  return region ? from + region[0].length : from;
}
const REGION_OF_ITEM = /^\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+(ой|ей)\s+(области|края|республики|провинции|губернии)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/u;
// "Отару, Цуруга в Японии, Окленд в США": a group's country after its last item, in the locative.
const COUNTRY_LEAD = /^\s+((в|во)\s+)?(Республик[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/u;

const RELATIVE_CLAUSE = /^\s*(\([^()]*\)\s*)?,\s*(с|со|в|во|на|у)?\s*котор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s[^,;()«»]{0,80}(?=,)/u;
// What may stand between two items of a list of places: punctuation, "и", "г.", a parenthesised country; a town's
// word ("финской коммуны Инари и норвежской коммуны Сер-Варангер").
// "с японским A, китайским B и двумя российскими – C и D", "с A и с городом B": adjectives and a repeated "с";
// "делегации городов-побратимов Тулы — белорусских Барановичей и …": the owner, a dash, its members.
// A repeated "в" follows a separator: "делегации Тулы в Брест" is a home and a destination, not a list.
const LIST_GAP = /^(\s*(\([^()]*(\([^()]*\)[^()]*)*\))?\s*((,|и|,\s*и|,\s*а\s+также|–|—|-)\s*(в\s+|во\s+|с\s+|со\s+)?|с\s+|со\s+)?((двумя|тремя|двух|трех|трёх)\s+)?([a-zß-öø-ſа-ԯ]+(ие|ые|их|ых|ими|ыми|им|ым|ий|ый|ой|ая|яя|ое|ее|ом|ем|ого|его)\s+)?(г\.|город[a-zß-öø-ſа-ԯ]*|пос\.|с\.|(коммун|гмин)(а|ы|е|у|ой|ою)|уезд(а|е|у|ом)?|муниципалитет(а|е|у|ом)?)?\s*[-–—:]?\s*)$/iu;

/** "с"/"со" right before a mention: what it is done with ("соглашение с X"). */
export const WITH_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+$/iu;

/** "у" right before a mention: its owner ("у A и B появятся побратимы", "Соглашения у Севастополя подписаны"). */
export const OWNER_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])у\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;
/** "в"/"во" right before a mention: where ("в библиотеке …"). */
// "посетил наряду с Минском город-побратим Бобруйск": "наряду с" right before a town, which shares the role of the
// phrase after it (visit-words.ts, twin.ts).
export const ALONG_WITH_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])наряду\s+со?\s+$/iu;
export const IN_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+$/iu;

// "В Майдзуру прошли …", "в г. Фукуи состоялась …": a city named as where things happen.
export const HERE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+(г\.\s*|городе\s+)?$/iu;

/**
 * The one city other than `self` that a clause names as where things happen (`В Майдзуру прошли торжества,
 * посвящённые юбилею связей между городами`): the other of "the two cities" it speaks of without naming them, when
 * the text named it as a partner before (a third city hosting a forum is no side: `… началось на форуме в Москве`).
 */
export function otherCityHere(clause: Clause, self: string | null, partners: readonly string[]): string | null {
  const here = clause.mentions.filter(
    (m) => m.kind === 'City' && m.via === 'name' && m.id !== self && partners.includes(m.id) && HERE_BEFORE.test(before(clause, m, 20)),
  );
  const ids = new Set(here.map((m) => m.id));
  return ids.size === 1 ? here[0]!.id : null;
}

// "Киров (2010 год)", "Баден-Баден (с 2003 года)", "Сольнок (Венгрия) — в 1993 году", "Гомель (Беларусь), 1995 год":
// the year written right after a party, its own in a list.
// ", с которым соглашение подписано в 1998 году": a relative clause on the party gives its year too.
const YEAR_AFTER_PARTY = /^\s*(\([^()\d]*\)\s*)?(\(\s*(?:с\s+)?(\d{4})\s*(г\.|год[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?\s*\)|[—–,-]\s*(в\s+|с\s+)?(\d{4})\s*(г\.|год[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)|,\s*(?:с|со)?\s*котор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s[^,;()«»]{0,60}?(?:в|с)\s+(\d{4})\s*(?:г\.|год[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*))/iu;

/** The year written right after the first mention of party `id` in the clause, or null. */
export function yearAfterParty(clause: Clause, id: string): number | null {
  const m = clause.mentions.find((x) => partyOf(x) === id);
  if (!m) return null;
  const y = YEAR_AFTER_PARTY.exec(clause.text.slice(m.end, m.end + 100));
  return y ? Number(y[3] ?? y[6] ?? y[8]) : null;
}

/** ", а также Тулы и Рязани": a clause that goes on with the list of the one before it, past the clause cut. */
export const GOES_ON_AFTER_CUT = /^\s*а\s+также\s/iu;

/** Two adjacent clauses of one sentence read as one (mention offsets are relative to their clause's start). */
export function joinClauses(first: Clause, second: Clause): Clause {
  const shift = second.start - first.start;
  const rebase = (m: Mention): Mention => ({ ...m, start: m.start + shift, end: m.end + shift });
  return {
    text: first.text + second.text,
    start: first.start,
    end: second.end,
    all: [...first.all, ...second.all.map(rebase)],
    mentions: [...first.mentions, ...second.mentions.map(rebase)],
  };
}

// Pairs of cities around a relation word (twin, partner): the shapes these texts give both in.
import type { Mention } from '../mentions.js';
import { before, JOINED_BY_WITH, listFrom, type Clause, type SentenceContext } from './context.js';
import { alsoPairsBetween, pairsOfPairs } from './agreement-sides.js';
import { adjectiveCountry } from '../finders/country-adjectives.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
const WITH_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}$/iu;

// The relation word in the plural, then straight away its owner ("побратимами Омска", "городов-партнёров г. Томска"),
// then the list: "являются", a colon or a dash between them.
const OWNER_AFTER_WORD = /^[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(ами|ы|и|ов|ей)\s+(у\s+)?(города\s+|г\.\s*)?$/iu;
// "стали сразу два города США: A и B": a count and the towns' country before the list.
const LIST_LEAD = /^\s*(\([^()]*\)\s*)?((также|тоже|ещё|еще|сегодня|сейчас)\s+)?(:|[—–-]|(являются|является|являлись|стали|это)\s*:?)\s*([a-zß-öø-ſа-ԯ]+\s+){0,2}(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*\s*:\s*)?|г\.\s*)?$/iu;

// Between a list and the twin word: the list is its subject ("A (X) и B (Y) стали побратимами C").
// "A и B стали новыми побратимами C", "A (с 2003 года) и B также побратимы C": a copula, or none.
const BECAME_GAP = /^\s*(\([^()]*\)\s*)?((также|тоже|ещё|еще)\s+)?((стал[аио]?|становятся|являются|являлись|станут)\s+)?([а-яё]+(ыми|ими|ые|ие)\s+)?(город[а-яё]*-)?$/u;
const KINSHIP_WITH = /^породн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+с\s+$/iu;
const TOWNS_LISTED = /^\s+город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*[:–—-]\s*([a-zß-öø-ſа-ԯ]+\s+)?$/iu;
const SIGNERS_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(подписали|заключили|подписывают|заключают)\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}$/iu;
const TIES_OF = /^([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+(связ|отношени)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|побратимств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|породнени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+$/iu;
const WITH_AFTER_OWNER = /^\s*(\([^()]*\)\s*)?(с|со)\s+([a-zß-öø-ſа-ԯ]+\s+)?((город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|г\.)\s*)?$/iu;
const TIES_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(связ|отношени|побратимств|породнени)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
const FRAMED_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])в\s+рамках\s+$/iu;
// "белорусский город-побратим Ивантеевки": the twin's country, by its adjective.
const COUNTRY_ADJECTIVE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+(ий|ый|ой|ого|ому|ым|ом))\s+город(а|у|ом|е)?-побратим(а|у|ом|е)?\s+$/iu;
// "город-побратим Ивантеевки": the twin word in the singular, its owner right after it.
const TWIN_OF_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])город(а|у|ом|е)?-побратим(а|у|ом|е)?\s+$/iu;
// "библиотека города-побратима Стаханова": a title inside an institution's name.
const TITLE_BEFORE = /(побратим|породн[её]нн|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(г\.\s*|город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/iu;

/**
 * Which cities a relation word pairs: "между A и B"; two cities named as parties; an owner ("У A", "A имеет",
 * "A — город-побратим") with a list after the word; a lone partner with the reporting city; with no city named,
 * the reporting and the topic city when `ourCities` matches ("между нашими городами").
 */
export function pairsAround(clause: Clause, parties: Mention[], triggerAt: number, ctx: SentenceContext, ourCities: RegExp): Array<[string, string]> {
  const text = clause.text;
  const ids = [...new Set(parties.map((m) => m.id))];
  const between = /между\s/iu.exec(text);
  // "подписали между собой города A и B, C и D": pair by pair.
  const firstAfter0 = between ? parties.find((m) => m.start > between.index) : undefined;
  const ofThemselves = firstAfter0 && /^между\s+собой(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu.test(text.slice(between!.index)) ? pairsOfPairs(clause, listFrom(clause, firstAfter0, parties)) : null;
  if (ofThemselves) return ofThemselves;
  if (between) {
    // "между городами A и B, а также C и D": pair by pair.
    const pairs = alsoPairsBetween(clause, parties, between.index);
    if (pairs) return pairs;
    const after = parties.filter((m) => m.start > between.index);
    if (after.length >= 2) {
      const owner = after[0]!;
      return listFrom(clause, after[1]!, after.slice(1)).map((m) => [owner.id, m.id] as [string, string]).filter(([a, b]) => a !== b);
    }
  }
  // "побратались Пенза с Гродно, а Тула с Брестом": each town with the one "с" joins it to.
  const joined = pairsJoinedByWith(text, parties);
  if (joined) return joined;
  // "с A и B" after the word lists the partners of an owner; "связи A и B" pairs the two.
  const firstAfter = parties.find((m) => m.start > triggerAt);
  const withList = firstAfter !== undefined && WITH_BEFORE.test(before(clause, firstAfter, 40));
  // "у X есть два побратима: китайский город A и японский B" with X unrecognised: a list after the word is the
  // report city's, not a pair of its own.
  const listAfter = firstAfter !== undefined && parties[0] === firstAfter && listFrom(clause, firstAfter, parties).length === parties.length;
  // "Меморандум о побратимстве подписали A и B": the two after the signing's verb are its sides.
  // "о побратимских связях A и B", "возможное побратимство A и B": the ties of the two named.
  const signers = firstAfter !== undefined && (SIGNERS_BEFORE.test(before(clause, firstAfter, 30)) || TIES_BEFORE.test(before(clause, firstAfter, 20)));
  if (ids.length === 2 && !withList && (signers || !(listAfter && ctx.reportCityId && !ids.includes(ctx.reportCityId)))) return [[ids[0]!, ids[1]!]];
  if (ids.length >= 2) {
    // The list follows the twin word ("побратимами являются A, B и C", "разорвать побратимские связи с A, B и C");
    // its owner stands before it, or is the reporting city.
    const first = parties.find((m) => m.start > triggerAt);
    if (!first) return [];
    // "городами-побратимами Омска являются A, B и C": a genitive right after the word is the list's owner.
    const next = parties.find((m) => m.start >= first.end);
    if (next && OWNER_AFTER_WORD.test(text.slice(triggerAt, first.start)) && LIST_LEAD.test(text.slice(first.end, next.start))) {
      const list = listFrom(clause, next, parties.filter((m) => m.start >= next.start));
      return list.filter((m) => m.id !== first.id).map((m) => [first.id, m.id] as [string, string]);
    }
    // "делегации породнённых с Дортмундом городов – A и B": the owner after "с", its twins listed after the word.
    if (next && KINSHIP_WITH.test(text.slice(triggerAt, first.start)) && TOWNS_LISTED.test(text.slice(first.end, next.start))) {
      const list = listFrom(clause, next, parties.filter((m) => m.start >= next.start));
      return list.filter((m) => m.id !== first.id).map((m) => [first.id, m.id] as [string, string]);
    }
    // "юбилей побратимских связей A с французскими городами B и C", "договор о побратимстве A с городом B": the ties'
    // owner, then its partners after "с".
    if (next && TIES_OF.test(text.slice(triggerAt, first.start)) && WITH_AFTER_OWNER.test(text.slice(first.end, next.start))) {
      const partners = listFrom(clause, next, parties.filter((m) => m.start >= next.start));
      return partners.filter((m) => m.id !== first.id).map((m) => [first.id, m.id] as [string, string]);
    }
    // "Города A (X) и B (Y) стали побратимами C": the owner right after the word, the list before it.
    const before = parties.filter((m) => m.end <= triggerAt);
    const subjectList = before.length > 0 && BECAME_GAP.test(text.slice(before[before.length - 1]!.end, triggerAt));
    const listedBefore = next === undefined && subjectList && OWNER_AFTER_WORD.test(text.slice(triggerAt, first.start)) ? listEndingAt(clause, before) : [];
    if (listedBefore.length >= 2) return listedBefore.filter((m) => m.id !== first.id).map((m) => [first.id, m.id] as [string, string]);
    const list = listFrom(clause, first, parties.filter((m) => m.start >= first.start));
    const owner = [...parties].reverse().find((m) => m.end <= triggerAt && !list.includes(m))?.id ?? ctx.reportCityId;
    if (!owner) return [];
    return list.filter((m) => m.id !== owner).map((m) => [owner, m.id] as [string, string]);
  }
  const titled = clause.all.filter((m) => m.kind === 'City' && m.via === 'name' && m.nestedIn === 'Institution' && TITLE_BEFORE.test(before(clause, m, 40)));
  const lone = ids[0] ?? titled[0]?.id;
  // A lone partner is the reporting city's twin; the reporting city alone ("опыт развития побратимских связей
  // Омска") names no pair.
  if (lone && lone !== ctx.reportCityId) return ctx.reportCityId ? [[ctx.reportCityId, lone]] : [];
  // The frame first: the long pattern only where the text is about a town other than the reporter.
  if (ctx.reportCityId && ctx.topicCityId && ctx.topicCityId !== ctx.reportCityId && ourCities.test(text)) {
    return [[ctx.reportCityId, ctx.topicCityId]];
  }
  // "белорусский город-побратим Ивантеевки принимал поздравления": the reporter named as the owner of a twin the
  // sentence does not name, the town the text is about unless it lies outside the country the adjective names.
  const owner = lone === ctx.reportCityId ? parties.find((m) => m.id === lone && TWIN_OF_BEFORE.test(before(clause, m, 30))) : undefined;
  const adjective = owner ? COUNTRY_ADJECTIVE_BEFORE.exec(before(clause, owner, 60))?.[1] : undefined;
  const topic = ctx.topicCityId;
  // (A topic not yet placed, named later in the text, may be it.)
  const topicCountry = topic ? ctx.countryOf(topic) : null;
  if (adjective && ctx.reportCityId && topic && topic !== ctx.reportCityId && (topicCountry === null || topicCountry === adjectiveCountry(adjective))) return [[ctx.reportCityId, topic]];
  // "Нантер (Франция)" heading a section, then "Город-побратим с 1988 года.": the section's city and the reporter.
  // ("В рамках побратимских связей … установлено сотрудничество школ": the ties frame what the sentence tells.)
  const section = ctx.sectionCityId;
  const framed = FRAMED_BEFORE.test(text.slice(Math.max(0, triggerAt - 20), triggerAt));
  if (section && ctx.reportCityId && section !== ctx.reportCityId && !framed && (ids.length === 0 || (ids.length === 1 && ids[0] === ctx.reportCityId))) {
    return [[ctx.reportCityId, section]];
  }
  return [];
}

/** The list that ends with the last of `parties` (all before a relation word), or none. */
function listEndingAt(clause: Clause, parties: Mention[]): Mention[] {
  const last = parties[parties.length - 1];
  if (!last) return [];
  for (const [i, m] of parties.entries()) {
    const list = listFrom(clause, m, parties.slice(i));
    if (list.includes(last)) return list;
  }
  return [];
}

const BETWEEN_JOINED_PAIRS = /^\s*(,|и|,?\s*а(\s+также)?)\s+$/u;

/** Every party in pairs "A с B", the pairs parted by a comma, "и" or "а"; null when the parties are not named so. */
export function pairsJoinedByWith(text: string, parties: Mention[]): Array<[string, string]> | null {
  if (parties.length < 2 || parties.length % 2 !== 0) return null;
  const out: Array<[string, string]> = [];
  for (let i = 0; i < parties.length; i += 2) {
    const a = parties[i]!;
    const b = parties[i + 1]!;
    if (!JOINED_BY_WITH.test(text.slice(a.end, b.start))) return null;
    if (i > 0 && !BETWEEN_JOINED_PAIRS.test(text.slice(parties[i - 1]!.end, a.start))) return null;
    if (a.id !== b.id) out.push([a.id, b.id]);
  }
  return out;
}

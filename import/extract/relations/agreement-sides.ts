// The sides of a document named as a list: after "между" (who with whom), as its signers (every pair), or after "с
// городами" before the document word (each with the subject).
import type { Mention } from '../mentions.js';
import { before, listFrom, partyOf, type Clause } from './context.js';

// "между A и городами B, C": A on one side, a list of others on the other.
const HUB_GAP = /^\s*(\([^()]*\)\s*)?и\s+(город(ами|ов)|муниципалитет(ами|ов)|([a-zß-öø-ſа-ԯ]+\s+)?(университет|вуз|организаци|учреждени)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s/iu;
const AND_GAP = /^\s*(\([^()]*\)\s*)?и\s+$/u;

/**
 * The sides named right after the "между" at `at`: "между A и B" a pair; "между A и городами B (страна), C и D" A
 * and each of the others; "между A, B и C" every pair. Null when no two sides follow at once ("между
 * предпринимателями и …").
 */
export function pairsBetween(clause: Clause, parties: Mention[], at: number): Array<[string, string]> | null {
  const text = clause.text;
  const after = parties.filter((m) => m.start > at);
  if (after.length < 2 || after[0]!.start - at >= 30) return null;
  const chained = pairsAfterAlso(text, after);
  if (chained) return chained;
  const others = listFrom(clause, after[1]!, after.slice(1));
  if (others.length > 1 && HUB_GAP.test(text.slice(after[0]!.end, after[1]!.start))) return others.map((m) => [partyOf(after[0]!), partyOf(m)]);
  const all = listFrom(clause, after[0]!, after);
  // "между Минском и Пермью, Пензенской областью и Бишкеком": "и" first, then a list: the first with each.
  if (all.length > 2 && AND_GAP.test(text.slice(all[0]!.end, all[1]!.start))) return all.slice(1).map((m) => [partyOf(all[0]!), partyOf(m)]);
  if (all.length > 2) return everyPair(all);
  return [[partyOf(after[0]!), partyOf(after[1]!)]];
}

// "между A и B, а также C и D, E и F": a pair, then more pairs after "а также", each pair joined by "и". Without
// "а также" the list after the first pair is the first side's ("между A и B, C и D": A with each).
const ALSO_GAP = /^\s*,?\s*а\s+также\s+$/u;
const PAIRS_GAP = /^\s*[,;]\s*$/u;

/** The pairs of "A и B, а также C и D(, E и F)" right after the "между" at `at`; null when the sides are not named so. */
export function alsoPairsBetween(clause: Clause, parties: Mention[], at: number): Array<[string, string]> | null {
  const after = parties.filter((m) => m.start > at);
  return after.length > 0 && after[0]!.start - at < 30 ? pairsAfterAlso(clause.text, after) : null;
}

/** The pairs of "A и B, а также C и D(, E и F)", from the first of `after`; null when the sides are not named so. */
function pairsAfterAlso(text: string, after: Mention[]): Array<[string, string]> | null {
  const gap = (i: number) => text.slice(after[i]!.end, after[i + 1]!.start);
  if (after.length < 4 || !AND_GAP.test(gap(0)) || !ALSO_GAP.test(gap(1)) || !AND_GAP.test(gap(2))) return null;
  let n = 4;
  while (n + 1 < after.length && PAIRS_GAP.test(gap(n - 1)) && AND_GAP.test(gap(n))) n += 2;
  const out: Array<[string, string]> = [];
  for (let i = 0; i < n; i += 2) out.push([partyOf(after[i]!), partyOf(after[i + 1]!)]);
  return out;
}

// "подписали города Ступино и Циндао, Мытищи и Дэчжоу": pairs joined by "и", the pairs parted by a comma.
const AND_ONLY = /^\s*и\s*$/u;
const COMMA_ONLY = /^\s*,\s*$/u;

/** The pairs of a list of pairs ("A и B, C и D"), or null when the list is not one. */
export function pairsOfPairs(clause: Clause, list: Mention[]): Array<[string, string]> | null {
  if (list.length < 4 || list.length % 2 !== 0) return null;
  const gap = (i: number) => clause.text.slice(list[i]!.end, list[i + 1]!.start);
  for (let i = 0; i + 1 < list.length; i++) if (!(i % 2 === 0 ? AND_ONLY : COMMA_ONLY).test(gap(i))) return null;
  const out: Array<[string, string]> = [];
  for (let i = 0; i < list.length; i += 2) out.push([partyOf(list[i]!), partyOf(list[i + 1]!)]);
  return out;
}

/** One pair for each two parties of a document that several signed, in the order named. */
export function everyPair(list: Mention[]): Array<[string, string]> {
  return pairsOfIds([...new Set(list.map(partyOf))]);
}

// "трёхсторонний договор о сотрудничестве Печенгского района с коммунами Инари и Сер-Варангер": a document of three
// or more sides binds each of them with each, not only the first with the others. The adjective in the singular
// and right before the document word: "два трёхсторонних соглашения" are two documents, each of its own sides, and
// "многостороннего сотрудничества соглашения" calls no document three-sided.
const MULTILATERAL_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(тр[её]х|четыр[её]х|пяти|много)сторонн(ий|ее|яя|его|ему|им|ем|юю|ей)\s+$/iu;

/** `pairs`, or every pair of their sides when the document at `docAt` is called three-sided or more. */
export function multilateralPairs(text: string, docAt: number, pairs: Array<[string, string]>): Array<[string, string]> {
  if (pairs.length < 2 || !MULTILATERAL_BEFORE.test(text.slice(Math.max(0, docAt - 40), docAt))) return pairs;
  return pairsOfIds([...new Set(pairs.flat())]);
}

/** One pair for each two ids, in the order given. */
function pairsOfIds(ids: readonly string[]): Array<[string, string]> {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));
}

// "Мэры пяти городов России и Китая подписали протокол": as many cities as the text just named, each a side.
// "двух городов" is BETWEEN_THE_CITIES' (agreement.ts): the reporter and one partner.
const COUNTED_CITIES = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)\s+([a-zß-öø-ſа-ԯ]+\s+)?городов(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])/iu;
const COUNTS: Record<string, number> = { трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10 };

/**
 * Every pair of the cities a counted "N городов" stands for: the partner cities the text last named (`recalled`),
 * with the reporter when that makes N. Null when the clause counts no cities or the count does not fit, for then
 * which cities are meant is a guess.
 */
export function countedCityPairs(text: string, recalled: readonly string[], reporter: string | null): Array<[string, string]> | null {
  const m = COUNTED_CITIES.exec(text);
  if (!m) return null;
  const n = COUNTS[m[1]!.toLowerCase()]!;
  const withReporter = reporter && !recalled.includes(reporter) ? [reporter, ...recalled] : [...recalled];
  const ids = recalled.length === n ? [...recalled] : withReporter.length === n ? withReporter : null;
  return ids && pairsOfIds(ids);
}

// The verb of a joint signing, before the signers (their titles between) or after them.
const SIGNED_BY = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(подписали|заключили)\s+((между\s+собой\s+)?([a-zß-öø-ſа-ԯ]+\s+){0,2})$/iu;
const SIGNED_AFTER = /^\s*(\([^()]*\)\s*)?([a-zß-öø-ſа-ԯ]+\s+){0,2}(подписали|заключили)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

/** The list of parties right after "подписали (главы, мэры …)" or right before "подписали": who signed together. */
export function signingList(clause: Clause, parties: Mention[]): Mention[] {
  for (const first of parties) {
    const list = listFrom(clause, first, parties.filter((m) => m.start >= first.start));
    if (list.length < 2) continue;
    const last = list[list.length - 1]!;
    // Two towns named right before the verb are its subject ("города-побратимы A и B подписали план"); two after it
    // may be objects of something else, so three at least.
    const towns = list.length >= 3 || list.every((m) => m.kind === 'City' && m.via === 'name');
    if (towns && ((list.length >= 3 && SIGNED_BY.test(before(clause, first, 40))) || SIGNED_AFTER.test(clause.text.slice(last.end, last.end + 40)))) return list;
  }
  return [];
}

const LIST_JOINT = /[,(]|(^|\s)(и|а\s+также)\s/u;
// ("Вместе с городом Гомелем Тула подписала …": a companion, no side of the list.)
const WITH_TOWNS_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?<![Вв]месте\s)([Сс]|[Сс]о)\s+([а-яё]+\s+)?(город[а-яё]*\s+|г\.\s*)$/u;

/** The towns listed after "с (…) городами" wholly before the document word, or null. */
export function withListBefore(clause: Clause, parties: Mention[], docAt: number): Mention[] | null {
  const first = parties.find((m) => m.kind === 'City' && m.end <= docAt && WITH_TOWNS_BEFORE.test(before(clause, m, 40)));
  if (!first) return null;
  // A town right after the list with no comma or "и" is the subject ("С городом Брестом Тула подписала …").
  const list: Mention[] = [];
  for (const m of listFrom(clause, first, parties.filter((p) => p.start >= first.start && p.end <= docAt))) {
    const prev = list[list.length - 1];
    if (prev && !LIST_JOINT.test(clause.text.slice(prev.end, m.start))) break;
    list.push(m);
  }
  return list;
}

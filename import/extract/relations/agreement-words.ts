// What a sentence says about a document besides its sides: negated, in force, counted, its content, arranged, an
// activity under it, an act of signing. The AGREEMENT rule (agreement.ts) reads them.
import { datedYearsIn, insideQuotes } from '../dates.js';
import type { Recall } from '../discourse/recall.js';
import { SIGNING_EVENT } from './cues.js';

// "не может подписать", "так и не подписан": no document.
export const NEGATED = /(?<![\p{L}])не\s+(\p{L}+\s+){0,2}?(подписа|заключ)/iu;
// A document that exists but whose signing this sentence does not report: no year.
export const EXISTING = /(в\s+рамках|согласно|на\s+основании|в\s+соответствии\s+с|действующ|действу(ет|ют)|по\s+состоянию\s+на|в\s+настоящее\s+время)/iu;
// A count of documents in force ("в настоящее время заключено 14 соглашений"), or what a city has ("у Пензы
// подписаны соглашения с …"), not a signing this year.
export const STOCK = /(в\s+настоящее\s+время|по\s+состоянию\s+на|на\s+сегодняшний\s+день|всего\s+(заключено|подписано|действует)|(?<![\p{L}])у\s+[\p{L}-]+\s+(уже\s+)?(подписаны|заключены|имеются|есть)(?![\p{L}]))/iu;
// What a document provides for is its content, not a plan to sign it: "протокол (о) намерений", "протокол, который
// предполагает последующее подписание договора", "подписанный договор предполагает сотрудничество".
export const CONTENT = /((?<![\p{L}])об?\s+намерени\p{L}*|(протокол|договор|меморандум|соглашени)\p{L}*\s+намерени\p{L}*|((котор\p{L}+|в\s+котор\p{L}+)\s+(\p{L}+\s+)?|(протокол|договор|меморандум|соглашени|документ)\p{L}*\s+)(предполага|предусматрива|предусмотрен)\p{L}*)/giu;
// "достигнут ряд договорённостей по обмену опытом": arrangements, not a signed document (a planned agreement).
export const ARRANGED = /(достигнут\p{L}*\s+(\p{L}+\s+){0,2}договор[её]нност|договор[её]нност\p{L}*\s+(по|об?)\s)/iu;
// "обсудили вопросы предстоящего подписания соглашения", "в целях подписания договоров приедет делегация", a signing
// talked over ("обсудили подписание соглашения", "обсуждался вопрос заключения договора"; not "обсудили итоги
// подписания"): the document's own signing to come, right before it (the visit the sentence tells may still have happened).
export const UPCOMING_SIGNING = /((предстоящ\p{L}*|в\s+целях)\s+|(?<![\p{L}])обсу(ди|жд)\p{L}*\s+((?!(итог|ход|результат|выполнени|реализаци))\p{L}+\s+){0,3}?)(подписани|заключени)/iu;
// The signing to come a few words before a twin word: "обсуждалось подписание соглашения о побратимских связях".
export const UPCOMING_SIGNING_NEAR = new RegExp(`${UPCOMING_SIGNING.source}\\p{L}*\\s+(\\p{L}+\\s+){0,4}$`, 'iu');
export const UPCOMING_SIGNING_BEFORE = new RegExp(`${UPCOMING_SIGNING.source}\\p{L}*\\s+(\\p{L}+\\s+)?$`, 'iu');
// A signing told as done: "подписали", "подписано", "заключён"; not "подписанный договор", "после заключения".
export const SIGNED_NOW = /(?<![\p{L}])(подписал|подписан[аоы]?(?![\p{L}])|заключил|заключ[её]н[аоы]?(?![\p{L}]))/iu;
export const IN_FRAME = /(в\s+рамках|согласно|на\s+основании|в\s+соответствии\s+с)\s+(\p{L}+\s+)?$/iu;
// An activity held under a document, then its sides: "соглашения проведён телемост между".
export const ACTIVITY_THEN_BETWEEN = /^[^.;]{0,60}?(проведен\p{L}*|проведён\p{L}*|прош(ёл|ел|ла|ли)|состоял\p{L}*|организован\p{L}*)\s[^.;]{0,80}?(?<![\p{L}])между\s/iu;
// An act this report tells of: signing, concluding, reaching or drafting.
export const REPORTED_ACT = /(подписан|подписал|подписани|заключ[её]н|заключил|заключени|достигнут|подготовлен|оформлен)/iu;

// A document on cooperation as such, no field named after it ("в сфере образования", "по вопросам …").
const GENERAL_COOPERATION = /^\p{L}+\s+о\s+(дружбе\s+и\s+)?сотрудничеств\p{L}*(?![\p{L}])(?!\s+(в\s+(сфер|област)|по\s+|между\s+(\p{Ll}+\s+)?(школ|вуз|университет|библиотек|музе|учреждени)))/iu;

/**
 * Whether the signing of a general cooperation document right after a twinning of two named towns is that
 * twinning's document ("A и B стали побратимами. Соглашение о сотрудничестве подписали мэр A и глава B"): the same
 * two sides, no field of its own, no other year ("В 2020 году … подписали" after a twinning of 1985 is new).
 */
export function madeTheTwins(text: string, docAt: number, recall: Recall | undefined): boolean {
  if (recall?.twinning !== true || recall.sides?.length !== 2 || !SIGNING_EVENT.test(text) || !GENERAL_COOPERATION.test(text.slice(docAt))) return false;
  // (A year inside a name in quotes, «Города России 2030», dates nothing.)
  return datedYearsIn(text).every((y) => y.year === recall.year || insideQuotes(text, y.index));
}
// A document the relative clause on a twin names: "Штутгарт, с которым соглашение было подписано", "город-побратим,
// договор о сотрудничестве с которым подписан в августе".
export const RELATIVE_BEFORE = /(?<![\p{L}])(с|со)\s+котор\p{L}+\s+(\p{L}+\s+){0,2}$/iu;
export const RELATIVE_AFTER = /^\p{L}+(\s+(о|об)\s+\p{L}+)?\s+(с|со)\s+котор\p{L}+(?![\p{L}])/iu;
// A relative clause on a person that names the post he also holds: ", который также является президентом ".
export const PERSONS_POST_BEFORE = /,\s*котор(ый|ая|ого|ой)\s+(\p{Ll}+\s+)?(является|являлся|являлась|был|была|возглавляет|возглавлял)\s+(\p{Ll}+\s+){0,3}$/iu;
// "Города и районы Мурманской области", "муниципальные образования области": a region's towns, not the region.
export const TOWNS_OF_BEFORE = /(?<![\p{L}])(город\p{L}*|район\p{L}*|муниципалитет\p{L}*|муниципальн\p{L}*\s+образовани\p{L}*)(\s+и\s+(город|район|округ)\p{L}*)?\s+$/iu;

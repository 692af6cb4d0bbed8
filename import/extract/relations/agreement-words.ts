// What a sentence says about a document besides its sides: negated, in force, counted, its content, arranged, an
// activity under it, an act of signing. The AGREEMENT rule (agreement.ts) reads them.
import { datedYearsIn, insideQuotes } from '../dates.js';
import type { Recall } from '../discourse/recall.js';
import { SIGNING_EVENT } from './cues.js';

// "не может подписать", "так и не подписан": no document.
export const NEGATED = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])не\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?(подписа|заключ)/iu;
// A document that exists but whose signing this sentence does not report: no year.
export const EXISTING = /(в\s+рамках|согласно|на\s+основании|в\s+соответствии\s+с|действующ|действу(ет|ют)|по\s+состоянию\s+на|в\s+настоящее\s+время)/iu;
// A count of documents in force ("в настоящее время заключено 14 соглашений"), or what a city has ("у Пензы
// подписаны соглашения с …"), not a signing this year.
export const STOCK = /(в\s+настоящее\s+время|по\s+состоянию\s+на|на\s+сегодняшний\s+день|всего\s+(заключено|подписано|действует)|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])у\s+[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+(уже\s+)?(подписаны|заключены|имеются|есть)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]))/iu;
// What a document provides for is its content, not a plan to sign it: "протокол (о) намерений", "протокол, который
// предполагает последующее подписание договора", "подписанный договор предполагает сотрудничество".
export const CONTENT = /((?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])об?\s+намерени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(протокол|договор|меморандум|соглашени)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+намерени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|((котор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|в\s+котор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?|(протокол|договор|меморандум|соглашени|документ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)(предполага|предусматрива|предусмотрен)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/giu;
// "достигнут ряд договорённостей по обмену опытом": arrangements, not a signed document (a planned agreement).
export const ARRANGED = /(достигнут[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}договор[её]нност|договор[её]нност[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(по|об?)\s)/iu;
// "обсудили вопросы предстоящего подписания соглашения", "в целях подписания договоров приедет делегация", a signing
// talked over ("обсудили подписание соглашения", "обсуждался вопрос заключения договора"; not "обсудили итоги
// подписания"): the document's own signing to come, right before it (the visit the sentence tells may still have happened).
export const UPCOMING_SIGNING = /((предстоящ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|в\s+целях)\s+|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])обсу(ди|жд)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+((?!(итог|ход|результат|выполнени|реализаци))[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}?)(подписани|заключени)/iu;
// The signing to come a few words before a twin word: "обсуждалось подписание соглашения о побратимских связях".
export const UPCOMING_SIGNING_NEAR = new RegExp(`${UPCOMING_SIGNING.source}[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\\s+){0,4}$`, 'iu');
export const UPCOMING_SIGNING_BEFORE = new RegExp(`${UPCOMING_SIGNING.source}[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\\s+)?$`, 'iu');
// A signing told as done: "подписали", "подписано", "заключён"; not "подписанный договор", "после заключения".
export const SIGNED_NOW = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(подписал|подписан[аоы]?(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])|заключил|заключ[её]н[аоы]?(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]))/iu;
export const IN_FRAME = /(в\s+рамках|согласно|на\s+основании|в\s+соответствии\s+с)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?$/iu;
// An activity held under a document, then its sides: "соглашения проведён телемост между".
export const ACTIVITY_THEN_BETWEEN = /^[^.;]{0,60}?(проведен[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|проведён[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прош(ёл|ел|ла|ли)|состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|организован[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s[^.;]{0,80}?(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])между\s/iu;
// An act this report tells of: signing, concluding, reaching or drafting.
export const REPORTED_ACT = /(подписан|подписал|подписани|заключ[её]н|заключил|заключени|достигнут|подготовлен|оформлен)/iu;

// A document on cooperation as such, no field named after it ("в сфере образования", "по вопросам …").
const GENERAL_COOPERATION = /^[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+о\s+(дружбе\s+и\s+)?сотрудничеств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?!\s+(в\s+(сфер|област)|по\s+|между\s+([a-zß-öø-ſа-ԯ]+\s+)?(школ|вуз|университет|библиотек|музе|учреждени)))/iu;

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
export const RELATIVE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+котор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}$/iu;
export const RELATIVE_AFTER = /^[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+(\s+(о|об)\s+[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)?\s+(с|со)\s+котор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
// A relative clause on a person that names the post he also holds: ", который также является президентом ".
export const PERSONS_POST_BEFORE = /,\s*котор(ый|ая|ого|ой)\s+([a-zß-öø-ſа-ԯ]+\s+)?(является|являлся|являлась|был|была|возглавляет|возглавлял)\s+([a-zß-öø-ſа-ԯ]+\s+){0,3}$/iu;
// "Города и районы Мурманской области", "муниципальные образования области": a region's towns, not the region.
export const TOWNS_OF_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|район[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|муниципалитет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|муниципальн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+образовани[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(\s+и\s+(город|район|округ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?\s+$/iu;

// The sides of a document on an institution's own page (a university's, a chamber's news or partner list).
import { partyOf, type Clause, type SentenceContext } from './context.js';
import type { Mention } from '../mentions.js';

/**
 * On an institution's page (a university's, a chamber's), a document with another institution is the page's
 * institution's when the sentence names no side of its city: "• Университет Ниша (Сербия) – соглашение с 2019
 * года", "палата заключила соглашение с палатой Казани".
 */
export function onInstitutionPage(pair: [string, string], clause: Clause, ctx: SentenceContext): [string, string] {
  const self = ctx.reportInstitutionId;
  const city = ctx.reportCityId;
  if (!self || !city) return pair;
  const [a, b] = pair;
  const other = a === city ? b : b === city ? a : null;
  if (!other || !other.startsWith('inst:') || other === self) return pair;
  if (clause.mentions.some((m) => m.kind !== 'Institution' && partyOf(m) === city)) return pair;
  return a === city ? [self, b] : [a, self];
}

// "соглашение между двумя палатами", "договор между гимназиями", "музеи заключили соглашение", "сотрудники двух
// библиотек провели вебинар": the sides are two bodies of one kind, the page's own and the other one the text names.
const SIDES_OF_ONE_KIND =
  /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(между\s+(двумя\s+|обоими\s+|нашими\s+)?(палатами|гимназиями|школами|лицеями|музеями|вузами|университетами|библиотеками|колледжами|театрами)|(музеи|вузы|университеты|школы|гимназии|библиотеки|палаты|колледжи|театры)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(заключили|подписали|провели|обменялись)|(двух|обоих|наших)\s+(палат|гимназий|школ|лицеев|музеев|вузов|университетов|библиотек|колледжей|театров))(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

/**
 * On an institution's page, a document "between the two chambers": the page's institution and the other
 * institution the clause names, else the sentence, else the sentence before. Null when the text says no such thing.
 */
export function sidesOfOneKind(clause: Clause, ctx: SentenceContext): [string, string] | null {
  const self = ctx.reportInstitutionId;
  if (!self || !SIDES_OF_ONE_KIND.test(clause.text)) return null;
  const other = (ms: readonly Mention[]) => ms.find((m) => m.kind === 'Institution' && !m.nestedIn && m.id !== self)?.id;
  const found = other(clause.mentions) ?? other(ctx.mentions) ?? ctx.recall?.sides?.find((id) => id.startsWith('inst:') && id !== self);
  return found ? [self, found] : null;
}

// The sides of a document on an institution's own page (a university's, a chamber's news or partner list).
import { partyOf, type Clause, type SentenceContext } from './context.js';

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

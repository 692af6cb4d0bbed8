// Every relation rule, run on one sentence in a fixed order, each only past its gate (gates.ts).
import type { Draft, Rule, SentenceContext } from './context.js';
import { type Gate, firstStem, mayFindAgreements, mayFindContacts, mayFindParticipation, mayFindPartners, mayFindTwins, mayFindVisits } from './gates.js';
import { twinRule } from './twin.js';
import { agreementRule } from './agreement.js';
import { visitRule } from './visit.js';
import { partnerRule } from './partner.js';
import { contactRule } from './contact.js';
import { participationRule } from './participation.js';
import { competitorsRule, COMPETITOR_STEM } from './competitors.js';
import { mayBeRouteRow, routeRowRule } from './route-rows.js';
import { visitsOfSigningPlace } from './signing-visits.js';
import { withoutSameSidePairs } from './same-side.js';

// Sports news: a tournament named before, teams and athletes from towns in this sentence.
const mayFindCompetitors: Gate = (ctx) => Boolean(ctx.topicEventId) && COMPETITOR_STEM.test(ctx.text);

const RULES: ReadonlyArray<readonly [Gate, Rule]> = [
  [mayFindTwins, twinRule],
  [mayFindAgreements, agreementRule],
  [mayFindVisits, visitRule],
  [mayFindPartners, partnerRule],
  [mayFindContacts, contactRule],
  [mayFindParticipation, participationRule],
  [mayFindCompetitors, competitorsRule],
  [(ctx) => mayBeRouteRow(ctx.text), routeRowRule],
];

// "Поддерживаете ли Вы установление побратимских отношений с X?", "— Планируете новые соглашения?": a question
// asserts nothing.
const QUESTION = /\?[»"”)\s]*$/u;

export function relationsOfSentence(ctx: SentenceContext): Draft[] {
  if (ctx.text.includes('?') && QUESTION.test(ctx.text)) return [];
  const out: Draft[] = [];
  const first = firstStem(ctx.text);
  for (const [may, rule] of RULES) if (may(ctx, first)) out.push(...rule(ctx));
  if (out.some((d) => d.kind === 'AGREEMENT' || d.kind === 'TWIN')) out.push(...visitsOfSigningPlace(ctx, out));
  return withoutSameSidePairs(ctx, out);
}

// Every relation rule, run on one sentence in a fixed order.
import type { Draft, Rule, SentenceContext } from './context.js';
import { twinRule } from './twin.js';
import { agreementRule } from './agreement.js';
import { visitRule } from './visit.js';
import { partnerRule } from './partner.js';
import { contactRule } from './contact.js';
import { participationRule } from './participation.js';

const RULES: readonly Rule[] = [twinRule, agreementRule, visitRule, partnerRule, contactRule, participationRule];

export function relationsOfSentence(ctx: SentenceContext): Draft[] {
  return RULES.flatMap((rule) => rule(ctx));
}

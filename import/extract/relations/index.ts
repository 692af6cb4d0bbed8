// Every relation rule, run on one sentence in a fixed order.
import type { Draft, Rule, SentenceContext } from './context.js';
import { twinRule } from './twin.js';
import { agreementRule } from './agreement.js';
import { visitRule } from './visit.js';
import { partnerRule } from './partner.js';
import { contactRule } from './contact.js';
import { participationRule } from './participation.js';

const RULES: readonly Rule[] = [twinRule, agreementRule, visitRule, partnerRule, contactRule, participationRule];

// "Поддерживаете ли Вы установление побратимских отношений с X?": a yes/no question asserts nothing.
const QUESTION = /(?<![\p{L}])ли(?![\p{L}])[^.!?]*\?\s*$/iu;

export function relationsOfSentence(ctx: SentenceContext): Draft[] {
  if (ctx.text.includes('?') && QUESTION.test(ctx.text)) return [];
  return RULES.flatMap((rule) => rule(ctx));
}

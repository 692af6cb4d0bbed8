// What a relation rule needs in a sentence before it can find anything: a cheap test per rule, run once per
// sentence, so that the rules skip the many sentences without their words (most of a report) before splitting
// clauses and running their long patterns. A gate may let through a sentence its rule finds nothing in, never the
// other way round: each names a stem that every one of its rule's cues holds, and the frame (recall, topic event)
// that its rule's word-less paths need. Stems are tested on the whole sentence, which holds every clause and piece.
import { documentWords, ONLINE_STEM, TWIN_WORD, VISIT_STEM } from './cues.js';
import type { SentenceContext } from './context.js';

export type Gate = (ctx: SentenceContext) => boolean;

/** twin.ts: a twin word, or a document or a list that the recall ties to a twinning. */
export const mayFindTwins: Gate = (ctx) => TWIN_WORD.test(ctx.text) || ctx.recall?.twinning === true || ctx.recall?.unnamedTwins === true;

/** agreement.ts: a document word (AGREEMENT_DOC). */
export const mayFindAgreements: Gate = (ctx) => documentWords(ctx.text).length > 0;

// visit.ts's talks held in one side's city (MEETING_HELD).
const MEETING = /переговоры|встреча/iu;

/** visit.ts: a word of travel (VISIT_WORD), or talks held somewhere. */
export const mayFindVisits: Gate = (ctx) => VISIT_STEM.test(ctx.text) || MEETING.test(ctx.text);

// partner.ts: partner and friendship words (RELATIONS_WITH, PARTNER_TITLE, PARTNERS_OF, PARTNER_ANY) and the
// "с которыми … сотрудничество" of COOPERATING.
const PARTNER_STEM = /партн[её]р|дружеск|дружественн|которым/iu;

/** partner.ts: a partner word, or a sentence about an event of a city's partner network. */
export const mayFindPartners: Gate = (ctx) =>
  PARTNER_STEM.test(ctx.text) || (ctx.topicEventId ? Boolean(ctx.partnerNetworkOf?.(ctx.topicEventId)) : false);

// contact.ts's cues: MORE_CUES (между, встреч, подар, преподн, в дар, -лети…, переговор, при поддержке/содействии),
// CONTACT_WORD (контакт, сотрудничеств, обмен, телемост, онлайн, видеоконференц, совместн, диалог, переговор,
// встреч) and INITIATIVE (по инициативе); a remote activity needs ONLINE, whose stems are ONLINE_STEM.
const CONTACT_STEM =
  /между|встреч|подар|преподн|в\s+дар|лети|переговор|поддержке|содействии|контакт|сотрудничеств|обмен|телемост|онлайн|видеоконференц|совместн|диалог|инициатив/iu;

/** contact.ts: a word of joint work, exchange, gifts or talks, or a remote format. */
export const mayFindContacts: Gate = (ctx) => CONTACT_STEM.test(ctx.text) || ONLINE_STEM.test(ctx.text);

/** participation.ts: a named event, or one named before that a bare head noun may refer to. */
export const mayFindParticipation: Gate = (ctx) => Boolean(ctx.topicEventId) || ctx.mentions.some((m) => m.kind === 'Event');

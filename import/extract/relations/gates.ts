// What a relation rule needs in a sentence before it can find anything: a cheap test per rule, run once per
// sentence, so that the rules skip the many sentences without their words (most of a report) before splitting
// clauses and running their long patterns. A gate may let through a sentence its rule finds nothing in, never the
// other way round: each names a stem that every one of its rule's cues holds, and the frame (recall, topic event)
// that its rule's word-less paths need. Stems are tested on the whole sentence, which holds every clause and piece.
import { DOCUMENT_STEM, documentWords, KIN_STEM, ONLINE_STEM, TWIN_WORD, VISIT_STEM } from './cues.js';
import type { SentenceContext } from './context.js';
import { TOOK_PART_STEM } from './participation.js';
import { GROUP_STEM, SIGHTSEEING_STEM } from './visit-scenes.js';

/** `words`: whether the sentence holds any of the stems below (sentenceHasStems); a gate needs one of its own. */
export type Gate = (ctx: SentenceContext, words: boolean) => boolean;

/**
 * twin.ts: a twin word, a document word or a twin's other name (KIN_STEM) while the recall ties them to a twinning, or a list of the twins the
 * sentence before spoke of. Once a report has spoken of twinning the recall keeps it for many sentences, most of
 * them without a document word: those are ruled out by the stem, not by running the rule.
 */
export const mayFindTwins: Gate = (ctx, words) =>
  ctx.recall?.unnamedTwins === true || (words && (TWIN_WORD.test(ctx.text) || (ctx.recall?.twinning === true && (DOCUMENT_STEM.test(ctx.text) || KIN_STEM.test(ctx.text)))));

/** agreement.ts: a document word (AGREEMENT_DOC). */
export const mayFindAgreements: Gate = (ctx, words) => words && documentWords(ctx.text).length > 0;

// visit.ts's talks held in one side's city (MEETING_HELD), a signing of two cities' officials in one of them, and a
// place followed by "где" (visitsOfWhere), a stop of a trip (visitsOfItinerary).
const MEETING = /переговоры|встреча|встретил|где |подписал|точк|пункт|останов/iu;

/**
 * visit.ts: a word of travel (VISIT_WORD), talks held somewhere, a place where residents of another city were, or
 * a group that took part or was received away, a tour of a foreign town.
 */
export const mayFindVisits: Gate = (ctx, words) => words && (VISIT_STEM.test(ctx.text) || MEETING.test(ctx.text) || GROUP_STEM.test(ctx.text) || SIGHTSEEING_STEM.test(ctx.text));

// partner.ts: partner and friendship words (RELATIONS_WITH, PARTNER_TITLE, PARTNERS_OF, PARTNER_ANY) and the
// "с которыми … сотрудничество" of COOPERATING.
const PARTNER_STEM = /партн[её]р|дружеск|дружественн|которым/iu;

/** partner.ts: a partner word, or a sentence about an event of a city's partner network. */
export const mayFindPartners: Gate = (ctx, words) =>
  (words && PARTNER_STEM.test(ctx.text)) || (ctx.topicEventId ? Boolean(ctx.partnerNetworkOf?.(ctx.topicEventId)) : false);

// contact.ts's cues: MORE_CUES (между двумя/нашими/обоими, встреч… главы/мэра, встретился с главой, подар, преподн, -лети…, переговор,
// при поддержке/содействии, в дар), CONTACT_WORD (контакт, сотрудничеств…, обмен, телемост, онлайн, видеоконференц,
// совместн, диалог, переговор, встреч… с представителями) and INITIATIVE (по инициативе); a remote activity needs
// ONLINE, whose stems are ONLINE_STEM. The words that hold a cue alone are CONTACT_STEM; "сотрудничество",
// "встреча" and "между", common in these reports, hold one only with a second word each of their cues has.
const CONTACT_STEM = /подар|преподн|в\s+дар|лети|переговор|поддержке|содействии|контакт|обмен|телемост|видеомост|видеовстреч|онлайн|видеоконференц|совместн|диалог|инициатив/iu;
const COOPERATION = /сотрудничеств/iu;
// "развивать/углублять/укреплять … сотрудничество", "сотрудничество между", "установлено сотрудничество",
// "продолжила сотрудничество".
const COOPERATION_CUE = /развива|углубля|укрепля|между|установлено|продолжил/iu;
const MEETING_WORD = /встреч|встрет/iu;
// "встреча главы/мэра/лорда/градоначальника/руководителя", "встреча с представителями/руководством/коллегами",
// "встретился с акимом".
const MEETING_CUE = /глав|мэр|лорд|градоначальник|руководител|представител|руководств|коллег|аким|кмет|бургомистр/iu;
// "отношения между двумя/нашими/обоими городами".
const BETWEEN_TWO = /между\s+(двумя|нашими|обоими)/iu;

/** contact.ts: a word of joint work, exchange, gifts or talks, or a remote format. */
export const mayFindContacts: Gate = (ctx, words) =>
  words &&
  (CONTACT_STEM.test(ctx.text) ||
    ONLINE_STEM.test(ctx.text) ||
    (COOPERATION.test(ctx.text) && COOPERATION_CUE.test(ctx.text)) ||
    (MEETING_WORD.test(ctx.text) && MEETING_CUE.test(ctx.text)) ||
    BETWEEN_TWO.test(ctx.text));

/**
 * participation.ts: a named event, or a word of taking part (TOOK_PART, its stem) while an event named before may
 * be referred to: a clause naming no event needs TOOK_PART before its bare head noun ("в Фестивале") may refer to
 * the event named before, and the topic event stays set for the rest of a report once one is named.
 */
export const mayFindParticipation: Gate = (ctx, words) =>
  ctx.mentions.some((m) => m.kind === 'Event') || (words && Boolean(ctx.topicEventId) && TOOK_PART_STEM.test(ctx.text));

// Every stem the gates above test, in one pattern: the union matches a text exactly when one of them does, and
// about half the sentences of a report hold none, which one search tells instead of one per stem. Without the `u`
// flag the search takes about half the time; the stems are plain letters, whose case-insensitive match without it
// is the same or wider (`ı` for `i`), and a gate may let through more, never less. A stem that needs `u` (`\p{…}`)
// would read otherwise without it: refused at load.
const STEMS = [TWIN_WORD, KIN_STEM, DOCUMENT_STEM, VISIT_STEM, GROUP_STEM, SIGHTSEEING_STEM, MEETING, PARTNER_STEM, CONTACT_STEM, ONLINE_STEM, COOPERATION, MEETING_WORD, BETWEEN_TWO, TOOK_PART_STEM];
const NEEDS_UNICODE = /\\[pPu]/;
const unicodeStem = STEMS.find((re) => NEEDS_UNICODE.test(re.source));
if (unicodeStem) throw new Error(`gates.ts: the stem ${unicodeStem} needs the u flag; ANY_STEM is matched without it`);
const ANY_STEM = new RegExp(STEMS.map((re) => re.source).join('|'), 'i');

/** Whether a sentence holds any stem a gate tests: the `words` every gate is asked with. */
export function sentenceHasStems(text: string): boolean {
  return ANY_STEM.test(text);
}

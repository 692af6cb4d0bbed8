// What a relation rule needs in a sentence before it can find anything: a cheap test per rule, run once per
// sentence, so that the rules skip the many sentences without their words (most of a report) before splitting
// clauses and running their long patterns. A gate may let through a sentence its rule finds nothing in, never the
// other way round: each names a stem that every one of its rule's cues holds, and the frame (recall, topic event)
// that its rule's word-less paths need. Stems are tested on the whole sentence, which holds every clause and piece.
import { DOCUMENT_STEM, documentWords, KIN_STEM, ONLINE_STEM, TWIN_WORD, VISIT_STEM } from './cues.js';
import type { SentenceContext } from './context.js';
import { TOOK_PART_STEM } from './participation.js';
import { GROUP_STEM, SIGHTSEEING_STEM } from './visit-scenes.js';

/**
 * `first`: where in the sentence the first of the stems below may begin, -1 when none does (firstStem); a gate needs
 * one of its own, and searches for it from there.
 */
export type Gate = (ctx: SentenceContext, first: number) => boolean;

/**
 * twin.ts: a twin word, a document word or a twin's other name (KIN_STEM) while the recall ties them to a twinning, or a list of the twins the
 * sentence before spoke of. Once a report has spoken of twinning the recall keeps it for many sentences, most of
 * them without a document word: those are ruled out by the stem, not by running the rule.
 */
export const mayFindTwins: Gate = (ctx, first) =>
  ctx.recall?.unnamedTwins === true ||
  heldAt(TWIN_AT, ctx.text, first) ||
  (ctx.recall?.twinning === true && heldAt(TWINNING_AT, ctx.text, first));

/** agreement.ts: a document word (AGREEMENT_DOC). */
export const mayFindAgreements: Gate = (ctx, first) => first >= 0 && documentWords(ctx.text).length > 0;

// visit.ts's talks held in one side's city (MEETING_HELD), a signing of two cities' officials in one of them, and a
// place followed by "где" (visitsOfWhere), a stop of a trip (visitsOfItinerary).
const MEETING = /переговоры|встреча|встретил|где |подписал|точк|пункт|останов/iu;

/**
 * visit.ts: a word of travel (VISIT_WORD), talks held somewhere, a place where residents of another city were, or
 * a group that took part or was received away, a tour of a foreign town.
 */
export const mayFindVisits: Gate = (ctx, first) => heldAt(VISIT_AT, ctx.text, first);

// partner.ts: partner and friendship words (RELATIONS_WITH, PARTNER_TITLE, PARTNERS_OF, PARTNER_ANY) and the
// "с которыми … сотрудничество" of COOPERATING.
const PARTNER_STEM = /партн[её]р|дружеск|дружественн|которым/iu;

/** partner.ts: a partner word, or a sentence about an event of a city's partner network. */
export const mayFindPartners: Gate = (ctx, first) =>
  heldAt(PARTNER_AT, ctx.text, first) || (ctx.topicEventId ? Boolean(ctx.partnerNetworkOf?.(ctx.topicEventId)) : false);

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
export const mayFindContacts: Gate = (ctx, first) =>
  heldAt(CONTACT_AT, ctx.text, first) ||
  (heldAt(COOPERATION_AT, ctx.text, first) && COOPERATION_CUE.test(ctx.text)) ||
  (heldAt(MEETING_WORD_AT, ctx.text, first) && MEETING_CUE.test(ctx.text));

/**
 * participation.ts: a named event, or a word of taking part (TOOK_PART, its stem) while an event named before may
 * be referred to: a clause naming no event needs TOOK_PART before its bare head noun ("в Фестивале") may refer to
 * the event named before, and the topic event stays set for the rest of a report once one is named.
 */
export const mayFindParticipation: Gate = (ctx, first) =>
  ctx.mentions.some((m) => m.kind === 'Event') || (Boolean(ctx.topicEventId) && heldAt(TOOK_PART_AT, ctx.text, first));

// Every stem the gates above test, in one pattern: the union matches a text exactly when one of them does, and
// about half the sentences of a report hold none, which one search tells instead of one per stem. Without the `u`
// flag the search takes about half the time; the stems are plain letters, whose case-insensitive match without it
// is the same or wider (`ı` for `i`), at the same offset, and a gate may let through more, never less. A stem that
// needs `u` (`\p{…}`) would read otherwise without it: refused at load.
const STEMS = [TWIN_WORD, KIN_STEM, DOCUMENT_STEM, VISIT_STEM, GROUP_STEM, SIGHTSEEING_STEM, MEETING, PARTNER_STEM, CONTACT_STEM, ONLINE_STEM, COOPERATION, MEETING_WORD, BETWEEN_TWO, TOOK_PART_STEM];
const NEEDS_UNICODE = /\\[pPu]/;
const unicodeStem = STEMS.find((re) => NEEDS_UNICODE.test(re.source));
if (unicodeStem) throw new Error(`gates.ts: the stem ${unicodeStem} needs the u flag; ANY_STEM is matched without it`);
const ANY_STEM = new RegExp(STEMS.map((re) => re.source).join('|'), 'gi');

/**
 * Where in a sentence the first stem a gate tests may begin (where ANY_STEM first matches); -1 when the sentence
 * holds none, which most gates then need no more to refuse. No stem matches before it: each gate searches for its
 * own stems from there (heldAt), not from the start of the sentence.
 */
export function firstStem(text: string): number {
  ANY_STEM.lastIndex = 0;
  const m = ANY_STEM.exec(text);
  ANY_STEM.lastIndex = 0;
  return m === null ? -1 : m.index;
}

/** Whether a sentence holds any stem a gate tests. */
export function sentenceHasStems(text: string): boolean {
  return firstStem(text) >= 0;
}

/**
 * The union of `stems` searched from where it is told to start (global), for heldAt: one search per gate, not one
 * per stem, and without the `u` flag, as ANY_STEM and as wide.
 */
function searched(...stems: RegExp[]): RegExp {
  return new RegExp(stems.map((re) => re.source).join('|'), 'gi');
}

/** Whether `re` (global) matches at or after `from` (firstStem): whether its stem is in the sentence. */
function heldAt(re: RegExp, text: string, from: number): boolean {
  if (from < 0) return false;
  re.lastIndex = from;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

// The gates' stems, searched from the first stem by heldAt.
const TWIN_AT = searched(TWIN_WORD);
const TWINNING_AT = searched(DOCUMENT_STEM, KIN_STEM);
const VISIT_AT = searched(VISIT_STEM, MEETING, GROUP_STEM, SIGHTSEEING_STEM);
const PARTNER_AT = searched(PARTNER_STEM);
const CONTACT_AT = searched(CONTACT_STEM, ONLINE_STEM, BETWEEN_TWO);
const COOPERATION_AT = searched(COOPERATION);
const MEETING_WORD_AT = searched(MEETING_WORD);
const TOOK_PART_AT = searched(TOOK_PART_STEM);

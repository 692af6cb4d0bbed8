// CONTACT: a bilateral activity between two parties without a signed document: an online meeting, a telebridge,
// a joint event, an exchange of experience, a mission held online.
import { dateOf } from '../dates.js';
import type { Mention } from '../mentions.js';
import { CONTACT_WORD, isOnline, isPlanned, VISIT_WORD } from './cues.js';
import { clausesOf, partyOf, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';

const PARTY_KINDS = new Set(['City', 'Institution', 'Region']);

function contactsOfClause(clause: Clause, ctx: SentenceContext): Draft[] {
  const text = clause.text;
  if (isPlanned(text)) return [];
  const online = isOnline(text);
  VISIT_WORD.lastIndex = 0;
  const cue = CONTACT_WORD.exec(text) ?? (online ? /./u.exec(text) : null);
  if (!cue) return [];
  // A physical visit is a VISIT; its meetings are part of it, not separate contacts.
  VISIT_WORD.lastIndex = 0;
  if (!online && VISIT_WORD.test(text)) return [];
  const parties = clause.mentions.filter(
    (m) => (PARTY_KINDS.has(m.kind) || m.via === 'authority') && m.kind !== 'Event',
  );
  const ids = [...new Set(parties.map(partyOf))];
  const { year, month } = dateOf(text, cue.index, ctx.reportYear);
  const pairs: Array<[string, string]> = [];
  // "сотрудничество между A и B": exactly those two.
  const betweenAt = text.search(/между\s/iu);
  if (betweenAt >= 0) {
    const after = parties.filter((m) => m.start > betweenAt);
    if (after.length >= 2) pairs.push([partyOf(after[0]!), partyOf(after[1]!)]);
  }
  if (pairs.length === 0) {
    const self = ctx.reportCityId;
    const subject = ids.find((id) => id === self) ?? self;
    const others = ids.filter((id) => id !== subject && !isOwnInstitution(id, parties, self));
    if (subject && others.length > 0) for (const o of others.slice(0, 4)) pairs.push([subject, o]);
    else if (subject && ctx.topicCityId && ctx.topicCityId !== subject) pairs.push([subject, ctx.topicCityId]);
  }
  return pairs
    .filter(([a, b]) => a && b && a !== b)
    .map(([a, b]) => ({ kind: 'CONTACT' as const, source: a, target: b, year, month, status: null, confidence: 0.6 }));
}

/** The reporter's own institutions act for it in a contact with a foreign party. */
function isOwnInstitution(id: string, parties: Mention[], self: string | null): boolean {
  const m = parties.find((p) => p.id === id);
  return !!m && m.kind === 'Institution' && !!self && m.cityId === self;
}

export const contactRule: Rule = (ctx) => clausesOf(ctx).flatMap((c) => contactsOfClause(c, ctx));

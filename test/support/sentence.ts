// Builds a relation rule's input from a sentence of our own, with the real mention finders.
import { loadMorph } from '../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../import/extract/sentence-mentions.js';
import type { Draft, Rule, SentenceContext } from '../../import/extract/relations/context.js';

export const ready = loadMorph;

export function contextFor(text: string, opts: Partial<Omit<SentenceContext, 'text' | 'mentions'>> = {}): SentenceContext {
  const reportCityId = opts.reportCityId === undefined ? 'city:omsk' : opts.reportCityId;
  const { mentions } = mentionsOf({ text, start: 0, end: text.length }, reportCityId);
  return {
    text,
    mentions,
    reportCityId,
    reportYear: opts.reportYear === undefined ? 2023 : opts.reportYear,
    topicCityId: opts.topicCityId ?? null,
    ...(opts.recall ? { recall: opts.recall } : {}),
    ...(opts.reportInstitutionId ? { reportInstitutionId: opts.reportInstitutionId } : {}),
    ...(opts.topicEventId ? { topicEventId: opts.topicEventId } : {}),
    ...(opts.sectionCityId ? { sectionCityId: opts.sectionCityId } : {}),
    ...(opts.placeOfEvent ? { placeOfEvent: opts.placeOfEvent } : {}),
    countryOf: opts.countryOf ?? (() => null),
  };
}

/** A rule's drafts in a compact, comparable form: `KIND source target year/month status`. */
export function run(rule: Rule, text: string, opts: Parameters<typeof contextFor>[1] = {}): string[] {
  return rule(contextFor(text, opts)).map(brief);
}

export function brief(d: Draft): string {
  const when = d.year === null ? '-' : `${d.year}${d.month ? `/${d.month}` : ''}`;
  return `${d.kind} ${d.source} ${d.target} ${when}${d.status ? ` ${d.status}` : ''}`;
}

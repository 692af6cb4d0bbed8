// Which partner city a sentence is about when it names none: the city of the section heading it sits under
// ("Город Гомель (Республика Беларусь)"), or the last partner city named before it.
import type { Mention } from '../mentions.js';

// A heading is a short line without a full stop that names a city first: "Город Фучжоу (провинция Фуцзянь, КНР)".
export function headingCity(text: string, mentions: Mention[], reportCityId: string | null): string | null {
  if (text.length > 120 || /[.!?;:]\s*$/.test(text.trim())) return null;
  const first = mentions.find((m) => m.kind === 'City' && m.via === 'name' && !m.nestedIn);
  if (!first || first.id === reportCityId) return null;
  // The city must open the line, after at most "Город"/"г.".
  if (!/^\s*(\d+[.)]\s*)?(город|г\.)?\s*$/iu.test(text.slice(0, first.start))) return null;
  return first.id;
}

const isPartner = (m: Mention, reportCityId: string | null): boolean => m.kind === 'City' && m.via === 'name' && !m.nestedIn && m.id !== reportCityId;

/** After a sentence: the last partner city it named by name becomes the topic; otherwise the topic stays. */
export function topicAfter(mentions: Mention[], reportCityId: string | null, current: string | null): string | null {
  const named = mentions.filter((m) => isPartner(m, reportCityId));
  return named.length > 0 ? named[named.length - 1]!.id : current;
}

/** Whether a sentence names a partner city by name. */
export function namesPartner(mentions: Mention[], reportCityId: string | null): boolean {
  return mentions.some((m) => isPartner(m, reportCityId));
}

/** How far into a text its lead runs: a headline and the sentence or two after it. */
const LEAD_CHARS = 400;

/**
 * "Города-побратимы отмечают 14-летие дружбы" over a story that names the two only after: the partner the lead
 * names first is what a sentence before it means (null when the lead names none).
 */
export function leadPartner(findings: ReadonlyArray<{ sentence: { start: number }; mentions: Mention[] }>, reportCityId: string | null): string | null {
  for (const f of findings) {
    if (f.sentence.start >= LEAD_CHARS) break;
    const partner = f.mentions.find((m) => isPartner(m, reportCityId));
    if (partner) return partner.id;
  }
  return null;
}

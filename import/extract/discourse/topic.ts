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

/**
 * "Города-побратимы отмечают 14-летие дружбы" over a story that names the two only after: the partner the text keeps
 * coming back to is what a sentence before any partner is named means. It must be named at least twice, and more
 * often than any other (a venue or a stop on the way, named once, is none): null when no partner is.
 */
export function leadPartner(findings: ReadonlyArray<{ mentions: Mention[] }>, reportCityId: string | null): string | null {
  const counts = new Map<string, number>();
  for (const f of findings) for (const m of f.mentions) if (isPartner(m, reportCityId)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

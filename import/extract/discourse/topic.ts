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

/** After a sentence: the last partner city it named by name becomes the topic; otherwise the topic stays. */
export function topicAfter(mentions: Mention[], reportCityId: string | null, current: string | null): string | null {
  const named = mentions.filter((m) => m.kind === 'City' && m.via === 'name' && !m.nestedIn && m.id !== reportCityId);
  return named.length > 0 ? named[named.length - 1]!.id : current;
}

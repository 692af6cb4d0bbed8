// The town an organisation's surroundings give it: brackets after it ("университет (Бишкек)"), "из" and a town
// ("ансамбль «Радуга» из Липецка"), a town after its number ("школа № 3 Брянска"), a town its own name holds.
import { cityWordsInName } from './finders/institution-parts.js';
import type { Mention } from './mentions.js';

const BRACKET_OPEN = /^\s*\(\s*(г\.\s*|город\s+)?$/u;
const BRACKET_GOES_ON = /^\s*[),]/u;

/** The city or country named first in the brackets right after an organisation: "университет (Бишкек)". */
export function bracketAfter(text: string, end: number, places: Mention[]): Mention | undefined {
  const open = text.indexOf('(', end);
  if (open < 0 || open - end > 3) return undefined;
  return places.find(
    (m) => (m.kind === 'City' || m.kind === 'Country') && m.start > open && BRACKET_OPEN.test(text.slice(end, m.start)) && BRACKET_GOES_ON.test(text.slice(m.end)),
  );
}

// "с Ширакским государственным университетом из Гюмри", "ансамбль «Радуга» из Липецка": what stands between a body's
// name and the town it is from (the participation rule reads it too).
export const FROM_GAP = /^\s*из\s+(г\.\s*|города\s+)?$/iu;

export function fromAfter(text: string, end: number, places: Mention[]): string | null {
  const town = places.find((m) => m.kind === 'City' && m.via === 'name' && m.start > end && m.start - end < 14 && FROM_GAP.test(text.slice(end, m.start)));
  return town?.id ?? null;
}

// "средняя школа № 3 Брянска", "гимназии №10 Гомеля": a numbered body's town, in the genitive right after its number.
const NUMBER_END = /№\s*\d+\s*$/u;

export function townAfterNumber(text: string, end: number, places: Mention[]): Mention | null {
  if (!NUMBER_END.test(text.slice(Math.max(0, end - 8), end))) return null;
  return places.find((m) => m.kind === 'City' && m.via === 'name' && m.start > end && /^\s{1,2}$/u.test(text.slice(end, m.start))) ?? null;
}

/**
 * A town the world list knows, named in an organisation's name where a city word stands (`Университет Умео`),
 * found by the place finder in the same words.
 */
export function townInName(text: string, surface: string, start: number, end: number, places: Mention[]): string | null {
  for (const word of cityWordsInName(surface)) {
    const id = townNamed(text, word, start, end, places);
    if (id) return id;
  }
  return null;
}

/** The town the place finder read in `word` within text[start, end). */
export function townNamed(text: string, word: string | null | undefined, start: number, end: number, places: Mention[]): string | null {
  if (!word) return null;
  const town = places.find((m) => m.kind === 'City' && m.via === 'name' && start <= m.start && m.end <= end && text.slice(m.start, m.end) === word);
  return town?.id ?? null;
}

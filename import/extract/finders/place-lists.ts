// Lists of towns in a sentence: whether a word continues the list the last town began, and whether it only stands in
// the note on that town (its region or country in parentheses).
import type { Mention } from '../mentions.js';
import type { Token } from './place-words.js';

/**
 * A word inside the parentheses right after a town's name: a note on where it is ("Брянки (Луганская Народная
 * Республика)"), not a town of its own that would break the list it stands in.
 */
export function insideParenthesesAfterTown(text: string, mentions: Mention[], t: Token): boolean {
  const last = mentions[mentions.length - 1];
  return last !== undefined && last.kind === 'City' && last.via === 'name' && OPEN_PARENTHESES.test(text.slice(last.end, t.start));
}
const OPEN_PARENTHESES = /^\s*\([^()]*$/u;
const WORD = /^[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+/u;
const ADJECTIVE_SHAPE = /(ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|ому|ым|им)$/u;

/** "городами-побратимами Кайфын, Маньчжурия и Урумчи": a capitalised word that continues a list of cities. */
export function continuesCityList(text: string, mentions: Mention[], from: number): boolean {
  const last = mentions[mentions.length - 1];
  if (!last || last.kind !== 'City' || last.via !== 'name') return false;
  const gap = text.slice(last.end, from);
  if (/^\s*(\([^()]*\))?\s*(,|и|,\s*и)\s*(г\.\s*)?$/u.test(gap)) return true;
  // "…, а также Аврен и Гусь-Хрустальный": after "а также" a name, not an adjective's shape ("а также Лидский замок").
  return /^\s*(\([^()]*\))?\s*,?\s*а\s+также\s*(г\.\s*)?$/u.test(gap) && !ADJECTIVE_SHAPE.test(WORD.exec(text.slice(from, from + 40))?.[0] ?? '');
}

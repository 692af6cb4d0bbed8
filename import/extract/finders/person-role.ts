// The office a person is named with (`мэр города Омска Иван Петров`): the words from the office to the name, in the
// nominative. Apart from the person finder because the offices change for their own reasons.
import { readings } from '../lexicon/morph.js';
import { toNominative } from '../lexicon/nominative.js';
import { matchesOf } from '../lexicon/spans.js';

// Offices that name the person after them; the role runs from here to the name.
const ROLE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])((?:вице-|лорд-)?мэр|глав|губернатор|председател|заместител|депутат|посол|посл(?=(а|у|ом|ы|ов|ами)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]))|консул|директор|ректор|министр|президент|руководител|начальник|сенатор|советник|секретар|спикер|бургомистр|префект|аким|кмет|градоначальник|сити-менеджер|представител|атташе)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;

const ROLE_ALL = new RegExp(ROLE.source, 'giu');
const isVerb = (word: string): boolean => readings(word).some((r) => r.known && (r.pos === 'VERB' || r.pos === 'INFN'));

const LED_BY = /^.*(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])во\s+главе\s+со?\s+/iu;

/** The office right before a name, after `from`: `мэром города Омска` → `мэр города Омска`. */
export function roleBefore(text: string, from: number, start: number): string | null {
  // "во главе с мэром": the idiom means "led by", and the office is what follows it.
  const clause = (text.slice(from, start).split(/[,;:()«»—–]|\s-\s|\sи\s/).pop() ?? '').replace(LED_BY, '');
  // "Мэр встретился с послом X": the office is the one after the last verb before the name.
  const m = matchesOf(ROLE_ALL, clause).find((r) => !clause.slice(r.index).split(/\s+/).some(isVerb));
  if (!m) return null;
  const phrase = clause.slice(m.index).trim();
  if (!phrase || phrase.split(/\s+/).length > 8) return null;
  const role = toNominative(phrase, { number: 'sing' });
  return role.charAt(0).toLowerCase() + role.slice(1);
}


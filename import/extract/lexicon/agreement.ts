// Agreement inside a noun phrase: which readings of a modifier agree with a head noun, and what a head imposes.
import { type Agr, type Reading } from './morph.js';
import { type Token, isAbbreviation, isNumericOrdinal, isRoman, tokenReadings } from './word-tokens.js';

// The nominative endings of adjectives and participles: a guess for an unknown word whose "lemma" has none
// (`акиматом` read as an adjective `акиматом`) is the guesser's, not the word's.
const MODIFIER_LEMMA = /(ый|ий|ой|ся)$/u;

/** An adjective or a participle: what agrees with a head noun. */
export function isModifierReading(r: Reading): boolean {
  return (r.pos === 'ADJF' || r.pos === 'PRTF') && (r.known || MODIFIER_LEMMA.test(r.lemma));
}

/** Does reading r of a modifier agree with a head of this case, number and gender? */
export function agrees(r: Reading, a: Agr): boolean {
  return (
    isModifierReading(r) &&
    r.case === a.case &&
    r.number === a.number &&
    (a.number === 'plur' || !a.gender || !r.gender || r.gender === a.gender)
  );
}

/** A token that modifies without declining in writing: `6-й`, `XIII`, `2016`. */
export function isFixedModifier(t: Token): boolean {
  return t.kind === 'num' || isNumericOrdinal(t.text) || isRoman(t.text);
}

const ALL_CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

/** What a head noun imposes on its modifiers under one of its readings (none for an abbreviation). */
export interface Frame {
  agr: Agr;
  score: number;
  reading: Reading | null;
}

/** The agreement frames a head noun offers: one per noun reading; an abbreviation (`ТПП`) fits any. */
export function headFrames(t: Token): Frame[] {
  if (isAbbreviation(t.text)) {
    return ALL_CASES.flatMap((c) =>
      (['sing', 'plur'] as const).map((n) => ({ agr: { case: c, number: n, gender: null }, score: 0.01, reading: null })),
    );
  }
  const out: Frame[] = [];
  for (const r of tokenReadings(t)) {
    if (r.pos !== 'NOUN' || !r.case || !r.number) continue;
    out.push({ agr: { case: r.case, number: r.number, gender: r.gender }, score: r.score, reading: r });
  }
  return out;
}

/** The best reading of a modifier that agrees with a frame, or null. */
export function agreeingReading(t: Token, a: Agr): Reading | null {
  let best: Reading | null = null;
  let bestScore = -1;
  for (const r of tokenReadings(t)) {
    if (!agrees(r, a)) continue;
    // az guesses possessives (`духовых` as if from `Духов`) for many words: prefer any other reading.
    const score = r.parse.tag.Poss ? r.score / 4 : r.score;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** Copies the capitalisation of `orig` onto `word` (az returns lower case), part by part for hyphenated words. */

// The matches of a global pattern in a text, as spans or as match arrays. Several finders cut every sentence into
// words with a pattern of their own, and the date and relation passes read every clause's years, months and cues:
// an exec loop costs less than matchAll, which copies the pattern and makes an iterator per call (measured: about
// a quarter less per sentence).

export interface Span {
  text: string;
  /** Offsets into the text; `end` exclusive. */
  start: number;
  end: number;
}

/** Every match of `re` (global, never matching the empty string) in `text`, in order. */
export function spansOf(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Every match of `re` (global) in `text`, in order: what `[...text.matchAll(re)]` gives, for a pattern whose
 * `lastIndex` is 0 between uses. The matches are all collected before the caller reads one, so the caller may use
 * `re` again meanwhile; `re` is left with `lastIndex` 0.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a code point with the `u` flag), as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? i + 2 : i + 1;
}

// The look-behind `(?<![L])` (L: letters.ts LETTER) that opens many of the relation cues, run as V8 runs it: tried
// at every position of the text before the rest of the pattern. Run after the rest instead (wordStartMatches), it
// costs a code unit's test per match.
const LETTER_BEFORE = /(?<=[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iuy;

/**
 * Whether a letter (as `[L]` under `iu` reads it) ends right before `i`: Latin and basic Cyrillic code units are
 * decided here, any other character (a surrogate pair, one that `i` folds to a letter, as the Kelvin sign) by the pattern.
 */
export function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x400 && c <= 0x45f) return true;
  LETTER_BEFORE.lastIndex = i;
  return LETTER_BEFORE.test(text);
}

/**
 * Every match of `re` (global) in `text` that no letter precedes, in order: what matchesOf gives for `re` with
 * `(?<![L])` in front of it. A match after a letter is skipped and the search goes on from the next code point,
 * where the pattern with the look-behind would have gone on; `re` itself must not start with the look-behind.
 */
export function wordStartMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (letterBefore(text, m.index)) {
      re.lastIndex = advance(text, m.index, re.unicode);
      continue;
    }
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/** The first match of `re` (global) that no letter precedes, as wordStartMatches finds them; null when none. */
export function firstWordStartMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!letterBefore(text, m.index)) {
      re.lastIndex = 0;
      return m;
    }
    re.lastIndex = advance(text, m.index, re.unicode);
  }
  re.lastIndex = 0;
  return null;
}

/**
 * The source of `(?<![L])${word}${rest}`, written word first: `${word}(?<![L]${word})${rest}`. V8 tries a
 * look-behind that opens an alternative at every position of the text, a class of every letter each time, and
 * keeps its fast skip over positions where no alternative can start only when each starts with letters; the look-behind
 * after the word is tried only where the word stands. The same matches, provided `word` matches text of one length
 * only at a place, read forwards or backwards: a word, or words none of which ends another.
 */
export function wordFirst(word: string, rest = ''): string {
  return `${word}(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]${word})${rest}`;
}

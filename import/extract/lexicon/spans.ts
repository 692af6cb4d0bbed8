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

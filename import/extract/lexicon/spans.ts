// The matches of a global pattern as spans of a text. Several finders cut every sentence into words with a pattern
// of their own; an exec loop costs less than matchAll's iterator (measured: about a quarter less per sentence).

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

// Whether a short text ends in a cue (`города`, `г.`, `мэрии`) that a pattern anchored at the end (`…\s*$`)
// describes, tried only at the positions where the cue can start. Unanchored at the start, V8 tries such a pattern
// at every position of the text, and the place finder asks it of the words before every capitalised word.

/**
 * `sticky` (the `y` flag, with the pattern's own anchor at the end) matches from some position of `text` that holds
 * one of `firsts` (code units): the same answer as the non-sticky pattern, when every match of it starts with one of
 * `firsts`.
 */
export function endsInCue(sticky: RegExp, text: string, firsts: readonly number[]): boolean {
  for (let p = 0; p < text.length; p++) {
    if (!firsts.includes(text.charCodeAt(p))) continue;
    sticky.lastIndex = p;
    if (sticky.test(text)) return true;
  }
  return false;
}

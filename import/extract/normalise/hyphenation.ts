// Whether a word hyphenated across a line break keeps its hyphen (`Улан-` + `Удэ`) or is joined (`сотрудни-` +
// `чество`), judged by what the rest of the text writes. The rule's order is at the top of ../normalise.ts.

export const PARTICLES = /^(?:то|либо|нибудь|таки|ка|де|с)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/u;
/** Words that also begin solid compounds (между-народный is международный). */
const SOLID_PREFIXES = new Set(['между', 'сверх', 'после', 'много', 'мало', 'само', 'полу', 'пред', 'противо', 'около', 'внутри', 'супер', 'анти', 'контр']);
export const COMPOUND_STEM = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{2,}(?:н|ов|ев|ск|цк|ик|ьн)о$/u;

/** A word hyphenated across a line break: `left-` at the end of one line, `right` at the start of the next. */
export interface Junction {
  pieces: string[];
  /** The index in `pieces` of the line that ends with the hyphen. */
  at: number;
  left: string;
  right: string;
  /** The next line starts with a particle (`-то`, `-либо`). */
  particle: boolean;
}

/** The first letters of both halves of a hyphenated word: `городов-партнеров` and `города-партнеры` share it. */
function stemKey(left: string, right: string): string {
  return left.slice(0, 5) + '-' + right.slice(0, 5);
}

interface Seen {
  /** How often each needed word occurs (case-insensitive; parts of hyphenated words count). */
  counts: Map<string, number>;
  /** The stem keys of the hyphenated words of the text. */
  stems: Set<string>;
}

/**
 * Whether to keep the hyphen of a junction. `atJunctions` counts how often each half occurs at the junctions
 * themselves: those occurrences do not count as "found elsewhere".
 */
export function keepHyphen(j: Junction, seen: Seen, atJunctions: Map<string, number>): boolean {
  const { left, right } = j;
  if (right[0] !== right[0]!.toLowerCase()) return true; // Улан-Удэ
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const found = (w: string): boolean => (seen.counts.get(w) ?? 0) > (atJunctions.get(w) ?? 0);
  if (found(l + '-' + r) && !found(l + r)) return true;
  if (found(l + r)) return false;
  if (seen.stems.has(stemKey(l, r))) return true; // городов-партнеров, as города-партнеры elsewhere
  if (j.particle) return true;
  if (left.length >= 4 && right.length >= 4) {
    if (COMPOUND_STEM.test(left)) return true; // торгово-экономический
    // both halves are words of the text, and the first is not a prefix-like word
    if (!SOLID_PREFIXES.has(l) && found(l) && found(r)) return true;
  }
  return false;
}

const HYPHENATED = /(?<![a-zа-яё])[a-zа-яё]+(?:-[a-zа-яё]+)+/g;

/** What of `needed` (lower-case words) and of the hyphenated words `text` has. */
export function wordsSeen(text: string, needed: Set<string>): Seen {
  const counts = new Map<string, number>();
  const stems = new Set<string>();
  const add = (w: string): void => {
    counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  const lower = text.toLowerCase();
  // hyphenated words: few, found by one scan
  HYPHENATED.lastIndex = 0;
  for (let m = HYPHENATED.exec(lower); m; m = HYPHENATED.exec(lower)) {
    const parts = m[0].split('-');
    for (let i = 0; i + 1 < parts.length; i++) stems.add(stemKey(parts[i]!, parts[i + 1]!));
    if (needed.has(m[0])) add(m[0]);
    for (const part of parts) if (needed.has(part)) add(part);
  }
  // plain words: a substring search per word (a few words), or one tokenising scan (many)
  const plain = [...needed].filter((w) => !w.includes('-'));
  if (plain.length <= 24) {
    const letter = (i: number): boolean => i >= 0 && i < lower.length && /[a-zа-яё]/.test(lower[i]!);
    // a whole word, and not part of a hyphenated word (those were counted above); "сотрудни-" + line end is
    // a whole word
    const alone = (at: number, end: number): boolean =>
      !letter(at - 1) && !(lower[at - 1] === '-' && letter(at - 2)) && !letter(end) && !(lower[end] === '-' && letter(end + 1));
    for (const w of plain) {
      for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
        if (alone(at, at + w.length)) add(w);
      }
    }
  } else {
    const WORDS = /[a-zа-яё]+(?:-[a-zа-яё]+)*/g;
    for (let m = WORDS.exec(lower); m; m = WORDS.exec(lower)) {
      if (!m[0].includes('-') && needed.has(m[0])) add(m[0]);
    }
  }
  return { counts, stems };
}

// The one table of Latin letters that look Cyrillic (PDF conversion mixes them: `Oмск`, `OMCK`, `В2В`), for the
// normaliser, which decides per word which script it is in, and for name lookups.

export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', k: 'к', o: 'о', p: 'р', x: 'х', y: 'у',
};
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([lat, cyr]) => [cyr, lat]),
);
export const CYRILLIC = /[\u0400-\u04FF]/;
const LOOK_ALIKE = /[ABCEHKMOPTXYacekopxy]/;
// A constant, not a literal in the function: built once rather than on every call.
const LETTER_RUN = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+/gu;

/** Latin look-alike letters inside a Cyrillic word (`OMCK` excepted) turned Cyrillic: `Oмск` → `Омск`. */
export function fixHomoglyphs(s: string): string {
  // Most text has no look-alike letter at all: skip the per-word pass (it runs on every sentence).
  if (!LOOK_ALIKE.test(s)) return s;
  return s.replace(LETTER_RUN, (w) => (CYRILLIC.test(w) ? w.replace(/[ABCEHKMOPTXYacekopxy]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c) : w));
}

/** An all-Latin word that could be Cyrillic written with look-alikes (`OMCK`), as Cyrillic; else undefined. */
export function asCyrillic(s: string): string | undefined {
  if (CYRILLIC.test(s) || !/^[ABCEHKMOPTXY\s-]+$/.test(s) || !/[A-Z]/.test(s)) return undefined;
  return s.replace(/[ABCEHKMOPTXY]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c);
}

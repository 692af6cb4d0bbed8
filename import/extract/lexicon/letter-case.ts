// Whether a word starts with a capital letter, asked of every word of every sentence by several finders. For the
// letters these texts are written in (ASCII and the basic Cyrillic block) the answer comes from the code unit;
// `toLowerCase()` would copy the letter first. Any other first character is asked as before.

/** The first letter has a lower-case form other than itself (`first !== first.toLowerCase()`). */
export function hasCapitalInitial(word: string): boolean {
  return hasCapitalAt(word, 0);
}

/** hasCapitalInitial of the word that starts at `i` in `text`, without cutting the word out. */
export function hasCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x400 && c <= 0x42f) return true; // Ѐ…Џ, А…Я
  if (c >= 0x430 && c <= 0x45f) return false; // а…я, ѐ…џ
  const first = text[i]!;
  return first !== first.toLowerCase();
}

/** The first letter is an upper-case letter: it has a lower-case form and is its own upper case. */
export function hasUpperInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x400 && c <= 0x42f) return true;
  if (c >= 0x430 && c <= 0x45f) return false;
  const first = word[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

const ALL_CAPS = /^[A-ZÀ-ÖØ-ÞЀ-Я]{2,}(-[A-ZÀ-ÖØ-ÞЀ-Я]+)*$/u;

/** A word in capitals (a headline's `ГОМЕЛЬ`, `ДЮССЕЛЬДОРФ-НОРД`) as a name is written: `Гомель`; any other as it is. */
export function asNameCase(word: string): string {
  if (!ALL_CAPS.test(word)) return word;
  return capitalisedParts(word.toLowerCase());
}

/** Each part of a hyphenated name capitalised, as names are written: `усть-майский` → `Усть-Майский`. */
export function capitalisedParts(name: string): string {
  return name.replace(/(^|-)([a-zß-öø-ſа-ԯ])/gu, (_, dash: string, c: string) => dash + c.toUpperCase());
}

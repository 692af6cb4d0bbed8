// What the extractor's patterns call a letter. They spell it out as explicit ranges rather than `\p{L}`, `\p{Lu}`
// and `\p{Ll}`: V8 tests a character against a Unicode property class by a binary search over hundreds of ranges,
// called out of the compiled pattern, and the relation cues hold such classes in their inner loops (`делегаци\p{L}*`,
// `(\p{L}+\s+){0,3}`). With these classes, which V8 tests inline, warm extraction ran 15-30% faster on the sample
// reports (BENCHMARKS.md, session 30), with the same output on every text of the seeds, dev and real sets.
//
// The ranges are the letters of the texts this project reads: Basic Latin, Latin-1, Latin Extended-A (Polish,
// Czech, Baltic names), Cyrillic and its supplement (Ukrainian, Belarusian, Serbian, Kazakh, Tatar, Yakut). Unlike
// `\p{L}`, Greek, Latin Extended-B, IPA and other scripts (Chinese, Georgian, Armenian, Arabic) are no letters, so a
// word of them neither joins nor breaks a Russian word next to it. The upper- and lower-case classes keep the
// Unicode cases in Basic Latin, Latin-1 and basic Cyrillic; in Latin Extended-A and the rest of Cyrillic, where
// capitals and small letters alternate code by code (a hundred ranges), every letter counts as lower case.
//
// A regular expression literal cannot name a constant, so the patterns write the classes out; these constants are
// their one definition, and test/import/extract/lexicon/letters.test.ts holds every pattern of the extractor to them.

/** A letter: inside a character class, `[${LETTER}]`. */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ſЀ-ԯ';

/** A capital letter (Basic Latin, Latin-1, basic Cyrillic). */
export const UPPER = 'A-ZÀ-ÖØ-ÞЀ-Я';

/** A small letter, and any letter of Latin Extended-A or of the Cyrillic beyond the basic alphabet. */
export const LOWER = 'a-zß-öø-ſа-ԯ';

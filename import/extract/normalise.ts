// The normalised text of a report: what every evidence offset points into. Pure and deterministic.
//
// The reports are converted from PDF and carry the conversion's noise; normalise() undoes it in four passes:
//
// 1. Characters: CR LF → LF; BOM, soft hyphens, zero-width characters and control characters removed; NBSP,
//    tabs and the other odd spaces → a space; `ѐ`/`Ѐ` (U+0450/U+0400, PDF fonts' `ё`) → `ё`/`Ё`; the various
//    hyphens (U+2010, U+2011, U+2043, minus U+2212, figure dash U+2012, full-width/small hyphen-minus) → `-`;
//    horizontal bar and small em dash → `—`; `–` and `—` are kept as they are; quotes (`«»` and others) are kept.
// 2. Scripts, per word (a run of letters and digits): Latin look-alikes in a Cyrillic word become Cyrillic
//    (`OMCK` → `ОМСК`, `Mинск` → `Минск`), Cyrillic look-alikes in a Latin word become Latin (`IТ` → `IT`), and a
//    word of digits and look-alike letters only is a Latin code (`В2В` → `B2B`, `В2С` → `B2C`; `1С` is kept).
//    A mixed word goes to the script with more letters that exist only in it (`I` is only Latin, `и` only
//    Cyrillic), then to the script with more letters; a word of look-alike letters only (`OMCK`, `ТOMСK`, `C`)
//    goes to Latin when an unambiguous neighbour on its line is Latin and no unambiguous neighbour is Cyrillic,
//    else to Cyrillic. Roman numerals made of `X` (`XX век`) stay Latin.
// 3. Lines → paragraphs (see the rule below); words hyphenated across a line break are rejoined.
// 4. Numbers: the letter O (Latin or Cyrillic) inside a number becomes a zero (`1О` → `10`, `2О23` → `2023`,
//    `6 ООО` → `6 000` unless a company name in quotes follows, `ООО «Ромашка»`), runs of spaces collapse, lines
//    are trimmed; `Усть –Илимске` (a town's hyphen with spaces around it) → `Усть-Илимске`.
// 5. Glued words: three lower-case Cyrillic letters or more followed at once by an upper-case one that starts a
//    word (a lower-case letter or a space after it) get a space between (`побратимамиСоглашение`, `ВолжскогоУ
//    города`: a scraped headline or caption run into the text); a capital after one or two lower-case letters is
//    kept (`МакДональдс`).
//
// The paragraph rule. The seeds are PDF conversions that put an empty line after (almost) every line, so empty
// lines carry no information and are dropped; what is left is either a paragraph per line (omsk-2016,
// omsk-2025, most of omsk-2021) or a paragraph hard-wrapped at a fixed width (omsk-2023 at ~120 characters,
// tomsk-2024 at ~72), with headings on lines of their own. Two consecutive non-empty lines A and B are in
// different paragraphs when:
// - A or B was a Markdown heading (`## ОМСК`; the `#`s are dropped), or B starts with a bullet (`•`, `▪`, …);
// - A or B is a table's row (`| Брест | Беларусь |`);
// - A ends a sentence (`.`, `!`, `?`, `…`, closing quotes/brackets after it; the same abbreviation rules as
//   sentences.ts: `г.`, `им.`, initials at a line end do not end a sentence) and B starts with a capital letter,
//   a digit, an opening quote or bracket, or is a list item (`- `, `– `, `— `, `1. `, `2) `, `а) `);
// - A ends with `:` or `;` and B is a list item, or B starts with a capital letter or a digit and A is short
//   (as for a heading, below: `из других городов:` + `Донбасс, ЛНР, …` in a wrapped paragraph is one sentence);
// - A looks like a heading and B starts with a capital letter, a digit, a list marker or a quotation that opens
//   with a capital (`«Визит этот ответный, …»`). A heading has no
//   sentence-final punctuation; starts with a capital letter, a digit or `«`; has balanced brackets and does
//   not end inside a quotation (nested `«…«…»` is fine); does not end with a comma, a hyphen or a preposition
//   or conjunction (`в`, `и`, `с`, …); and is short: shorter than 3/4 of the document's wrap width. The wrap
//   width is the median length of the lines followed by a line starting with a lower-case letter (lines that
//   certainly wrap); with fewer than five such lines, or lengths that spread widely (a paragraph-per-line
//   document), there is no wrap width and a line of any length may be a heading;
// - but never when the paragraph so far has an open quotation or bracket that B closes before opening another
//   (`«Библиотека - место в городе.` + `Омск-Гомель».`).
// Otherwise B continues A's paragraph, joined with one space.
//
// A word hyphenated at the end of A (`сотрудни-` + `чество`) is joined without the hyphen unless, in this
// order: B's part starts with a capital letter (`Улан-` + `Удэ`: keep); the hyphenated word occurs elsewhere
// in the text and the joined one does not (keep); the joined word occurs elsewhere (`сельско-` + `хозяйственной`
// when `сельскохозяйственной` occurs: join); a hyphenated word of the text has the same first five letters in
// both halves (`городов-` + `партнеров` when `города-партнеры` occurs: keep); B's part is a particle (`-то`,
// `-либо`, `-нибудь`, `-таки`: keep); both parts have four letters or more and the first is a compound
// adjective stem (`торгово-`, `научно-`, `садово-`, `историко-`: ends in `но`, `во`, `ско`, `ико`, …: keep),
// or both are words found elsewhere in the text and the first is not a word that begins solid compounds
// (`между`, `после`, `много`, …: keep). Occurrences at the line break itself do not count. A dash after a
// space (`Павлодар -`) is a dash: kept, followed by a space.

import { fixCharacters } from './normalise/characters.js';
import { fixCompoundSpaces, fixNumbers } from './normalise/numbers.js';
import { type Line, assemble } from './normalise/paragraphs.js';
import { fixScripts } from './normalise/scripts.js';

/** The normalised text of a report (see the top of this file). Pure: the same input gives the same output. */
export function normalise(raw: string): string {
  const text = fixCharacters(raw).replace(/ {2,}/g, ' ');
  const lines: Line[] = [];
  for (let rawLine of text.split('\n')) {
    rawLine = rawLine.trim();
    if (!rawLine) continue;
    let markdownHeading = false;
    if (rawLine[0] === '#') {
      const md = /^#{1,6}(?:\s+|$)/.exec(rawLine);
      if (md) {
        markdownHeading = true;
        rawLine = rawLine.slice(md[0].length).replace(/\s+#+$/, '').trim();
        if (!rawLine) continue;
      }
    }
    lines.push({ text: fixScripts(rawLine), markdownHeading });
  }
  const joined = assemble(lines, text)
    .map((pieces) => pieces.join(''))
    .join('\n');
  return unglue(fixCompoundSpaces(fixNumbers(joined)).replace(/ {2,}/g, ' '));
}

/** A glued word (pass 5): `$1 $2` for each match, what `text.replace(GLUED, '$1 $2')` gives. */
const GLUED = /([a-zß-öø-ſа-ԯ]{2}[а-яё])([А-ЯЁ](?:[а-яё]|(?= )))/uy;
/** The lower-case letter and the capital every match of GLUED holds at its third and fourth code points. */
const GLUED_PAIR = /[а-яё][А-ЯЁ]/g;

/**
 * GLUED's matches, left to right, each tried (sticky) only where a match can start: two to four code units before
 * a lower-case letter glued to a capital (its two letters before may be surrogate pairs). Tried at every position
 * of the report with its letter class first, the global pattern cost one and a half per cent of extraction; most
 * reports have no such pair, the rest a few.
 */
function unglue(text: string): string {
  let out = '';
  let copied = 0; // text before this is in `out`
  let from = 0; // where the global pattern would go on after its last match
  GLUED_PAIR.lastIndex = 0;
  for (let pair = GLUED_PAIR.exec(text); pair !== null; pair = GLUED_PAIR.exec(text)) {
    for (let at = Math.max(from, pair.index - 4); at <= pair.index - 2; at++) {
      GLUED.lastIndex = at;
      const m = GLUED.exec(text);
      if (m === null) continue;
      const space = at + m[1]!.length;
      out += `${text.slice(copied, space)} `;
      copied = space;
      from = GLUED.lastIndex;
      break;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

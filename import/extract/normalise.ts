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
//    are trimmed.
//
// The paragraph rule. The seeds are PDF conversions that put an empty line after (almost) every line, so empty
// lines carry no information and are dropped; what is left is either a paragraph per line (omsk-2016,
// omsk-2025, most of omsk-2021) or a paragraph hard-wrapped at a fixed width (omsk-2023 at ~120 characters,
// tomsk-2024 at ~72), with headings on lines of their own. Two consecutive non-empty lines A and B are in
// different paragraphs when:
// - A or B was a Markdown heading (`## ОМСК`; the `#`s are dropped), or B starts with a bullet (`•`, `▪`, …);
// - A ends a sentence (`.`, `!`, `?`, `…`, closing quotes/brackets after it; the same abbreviation rules as
//   sentences.ts: `г.`, `им.`, initials at a line end do not end a sentence) and B starts with a capital letter,
//   a digit, an opening quote or bracket, or is a list item (`- `, `– `, `— `, `1. `, `2) `, `а) `);
// - A ends with `:` or `;` and B is a list item, or B starts with a capital letter or a digit and A is short
//   (as for a heading, below: `из других городов:` + `Донбасс, ЛНР, …` in a wrapped paragraph is one sentence);
// - A looks like a heading and B starts with a capital letter, a digit or a list marker. A heading has no
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

import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from './lexicon/homoglyphs.js';
import { sentenceEndAt } from './sentences.js';

// ---------------------------------------------------------------------------------------------------------
// 1. characters

const CHAR_MAP: Record<string, string> = {
  '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
  '\u0450': 'ё', '\u0400': 'Ё',
  '\u00a0': ' ', '\t': ' ', '\u202f': ' ', '\u205f': ' ', '\u3000': ' ', '\u1680': ' ',
  '\f': '\n', '\v': '\n', '\u2028': '\n', '\u2029': '\n', '\u0085': '\n',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2043': '-', '\u2212': '-', '\ufe63': '-', '\uff0d': '-',
  '\u2015': '—', '\ufe58': '—', '\u2e3a': '—', '\u2e3b': '—',
};
for (let c = 0x2000; c <= 0x200a; c++) CHAR_MAP[String.fromCharCode(c)] = ' ';

const REPLACEMENTS = new Map<number, string>(Object.entries(CHAR_MAP).map(([k, v]) => [k.charCodeAt(0), v]));

/** One pass over the UTF-16 code units; printable ASCII and Cyrillic take the fast path. */
function fixCharacters(raw: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || (c > 0x0400 && c < 0x0450)) continue;
    let rep: string | undefined;
    if (c === 0x0d) rep = raw.charCodeAt(i + 1) === 0x0a ? '' : '\n';
    else if (c < 0x20 || c === 0x7f) rep = REPLACEMENTS.get(c) ?? ''; // other control characters go
    else rep = REPLACEMENTS.get(c);
    if (rep === undefined) continue;
    out += raw.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? raw : out + raw.slice(last);
}

// ---------------------------------------------------------------------------------------------------------
// 2. scripts

const LAT_TO_CYR = LATIN_TO_CYRILLIC;
const CYR_TO_LAT = CYRILLIC_TO_LATIN;

/** Codes written in Cyrillic on purpose, kept as they are. */
const CYRILLIC_CODES = new Set(['1С']);

type Script = 'cyr' | 'lat' | 'ambiguous' | 'none';

function isLatin(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

function isCyrillic(ch: string): boolean {
  return (ch >= '\u0400' && ch <= '\u04ff');
}

function verdict(word: string): Script {
  let lat = 0, cyr = 0, distinctLat = 0, distinctCyr = 0, digits = 0;
  for (const ch of word) {
    if (isLatin(ch)) {
      lat++;
      if (!(ch in LAT_TO_CYR)) distinctLat++;
    } else if (isCyrillic(ch)) {
      cyr++;
      if (!(ch in CYR_TO_LAT)) distinctCyr++;
    } else if (ch >= '0' && ch <= '9') digits++;
  }
  if (lat === 0 && cyr === 0) return 'none';
  if (digits > 0 && distinctLat === 0 && distinctCyr === 0) {
    return CYRILLIC_CODES.has(word) ? 'cyr' : 'lat'; // В2В, В2С: Latin codes
  }
  if (lat === 0) return 'cyr';
  if (cyr === 0) {
    if (distinctLat > 0 || digits > 0) return 'lat';
    if (/^[XC]*X[XCM]*$/.test(word)) return 'lat'; // X, XX, XXX, XC: Roman numerals
    return 'ambiguous'; // OMCK, C, a
  }
  if (distinctCyr === 0 && distinctLat === 0) return 'ambiguous'; // ТOMСK: only look-alikes, ask the neighbours
  if (distinctCyr !== distinctLat) return distinctCyr > distinctLat ? 'cyr' : 'lat';
  if (cyr !== lat) return cyr > lat ? 'cyr' : 'lat';
  return 'ambiguous';
}

function convert(word: string, to: 'cyr' | 'lat'): string {
  const map = to === 'cyr' ? LAT_TO_CYR : CYR_TO_LAT;
  let out = '';
  for (const ch of word) out += map[ch] ?? ch;
  return out;
}

/** Where a word needs a look: a Latin letter, or a digit next to a Cyrillic look-alike (`В2В`). */
const SCRIPT_HIT = /[A-Za-z]|\d[АВЕКМНОРСТУХаеокрсух]|[АВЕКМНОРСТУХаеокрсух]\d/g;
const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0400 && c <= 0x04ff) return true;
  return OTHER_WORD_CHAR.test(ch);
}

/** The word around `i` in `line`: [start, end). */
function wordAround(line: string, i: number): [number, number] {
  let s = i;
  let e = i + 1;
  while (s > 0 && isWordChar(line.charCodeAt(s - 1), line[s - 1]!)) s--;
  while (e < line.length && isWordChar(line.charCodeAt(e), line[e]!)) e++;
  return [s, e];
}

/** The script of the nearest unambiguous word before (step -1) or after (step 1) [s, e), within 6 words. */
function neighbourScript(line: string, s: number, e: number, step: 1 | -1): 'cyr' | 'lat' | undefined {
  let i = step < 0 ? s - 1 : e;
  for (let words = 0; words < 6; words++) {
    while (i >= 0 && i < line.length && !isWordChar(line.charCodeAt(i), line[i]!)) i += step;
    if (i < 0 || i >= line.length) return undefined;
    const [ws, we] = wordAround(line, i);
    const v = verdict(line.slice(ws, we));
    if (v === 'cyr' || v === 'lat') return v;
    i = step < 0 ? ws - 1 : we;
  }
  return undefined;
}

function fixScripts(line: string): string {
  SCRIPT_HIT.lastIndex = 0;
  let m = SCRIPT_HIT.exec(line);
  if (!m) return line;
  let out = '';
  let pos = 0;
  while (m) {
    const [s, e] = wordAround(line, m.index);
    const word = line.slice(s, e);
    let v = verdict(word);
    if (v === 'ambiguous') {
      const left = neighbourScript(line, s, e, -1);
      const right = neighbourScript(line, s, e, 1);
      v = (left === 'lat' && right !== 'cyr') || (right === 'lat' && left !== 'cyr') ? 'lat' : 'cyr';
    }
    if (v === 'cyr' || v === 'lat') {
      const fixed = convert(word, v);
      if (fixed !== word) {
        out += line.slice(pos, s) + fixed;
        pos = e;
      }
    }
    SCRIPT_HIT.lastIndex = e;
    m = SCRIPT_HIT.exec(line);
  }
  return pos === 0 ? line : out + line.slice(pos);
}

// ---------------------------------------------------------------------------------------------------------
// 3. lines → paragraphs

interface Line {
  text: string;
  markdownHeading: boolean;
}

const BULLET = /^[•·▪●◦■□➢►✓✔*]\s*/;
const DASH_ITEM = /^[-–—]\s/;
const NUMBERED_ITEM = /^(?:\d{1,2}[.)]|[а-яa-z]\))\s+\S/;
const CLOSER_CHARS = '»"”’)]';
const DANGLING = new Set([
  'в', 'во', 'на', 'по', 'с', 'со', 'к', 'ко', 'о', 'об', 'обо', 'у', 'за', 'из', 'для', 'при', 'от', 'до',
  'и', 'а', 'но', 'или', 'что', 'как', 'между', 'над', 'под', 'через', 'без', 'не', 'также', 'либо', 'так',
  'его', 'ее', 'её', 'их', 'это', 'этой', 'этом', 'этих', 'том', 'той', 'тех', 'чем', 'где', 'когда', 'который',
  'которая', 'которые', 'которых', 'которой', 'которого', 'своих', 'своей', 'своего', 'наших', 'нашего',
]);

function startsUpperOrDigit(s: string): boolean {
  const c = s[0];
  if (c === undefined) return false;
  if (c >= '0' && c <= '9') return true;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Brackets close what they open, and the last quotation mark is not an opening one (nested «…«…» is fine). */
function balanced(s: string): boolean {
  let paren = 0;
  let lastQuote = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) paren++;
    else if (c === 0x29) paren = paren > 0 ? paren - 1 : 0;
    else if (c === 0xab || c === 0xbb) lastQuote = c;
  }
  return paren === 0 && lastQuote !== 0xab;
}

function isLetterAt(s: string, i: number): boolean {
  const ch = s[i];
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** The last word of `s`, lower-cased. */
function lastWord(s: string): string {
  let e = s.length;
  while (e > 0 && !isLetterAt(s, e - 1)) e--;
  let b = e;
  while (b > 0 && isLetterAt(s, b - 1)) b--;
  return s.slice(b, e).toLowerCase();
}

function looksLikeHeading(a: string, maxLength: number): boolean {
  if (a.length > maxLength) return false;
  const first = a[0]!;
  if (!(startsUpperOrDigit(a) || first === '«' || first === '№')) return false;
  const last = a[a.length - 1]!;
  if (!(isLetterAt(a, a.length - 1) || (last >= '0' && last <= '9') || last === ')' || last === '»' || last === '"')) {
    return false;
  }
  if (!balanced(a)) return false;
  if (DANGLING.has(lastWord(a)) && a.includes(' ')) return false;
  return true;
}

/** Where the run of sentence-final punctuation that ends `a` (before closing quotes/brackets) starts, or -1. */
function finalTerminator(a: string): [number, number] | null {
  let e = a.length;
  while (e > 0 && CLOSER_CHARS.includes(a[e - 1]!)) e--;
  let b = e;
  while (b > 0 && '.!?…'.includes(a[b - 1]!)) b--;
  return b < e ? [b, e] : null;
}

/** Whether the sentence-final punctuation that ends `a` really ends a sentence, `b` being the next line. */
function endsSentence(a: string, term: [number, number], b: string): boolean {
  // only the end of `a` matters: the word before the terminator and a list number at the line's start
  const cut = a.length > 80 ? a.length - 80 : 0;
  const joined = a.slice(cut) + '\n' + b.slice(0, 40);
  return sentenceEndAt(joined, term[0] - cut, term[1] - cut, cut === 0 ? 0 : -1) >= 0;
}

/** What is still open at the end of a paragraph: a quotation, brackets. */
interface Open {
  quote: boolean;
  paren: number;
}

function track(open: Open, s: string): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28) open.paren++;
    else if (c === 0x29) open.paren = open.paren > 0 ? open.paren - 1 : 0;
    else if (c === 0xab) open.quote = true;
    else if (c === 0xbb) open.quote = false;
  }
}

/** Whether `b` closes a quotation or bracket before it opens one. */
function closesFirst(b: string, open: Open): boolean {
  const m = /[«»()]/.exec(b);
  if (!m) return false;
  return (open.quote && m[0] === '»') || (open.paren > 0 && m[0] === ')');
}

function paragraphBreak(a: Line, b: Line, headingMax: number, open: Open): boolean {
  if (a.markdownHeading || b.markdownHeading) return true;
  const at = a.text;
  const bt = b.text;
  if (BULLET.test(bt)) return true;
  const listItem = DASH_ITEM.test(bt) || NUMBERED_ITEM.test(bt);
  if ((open.quote || open.paren > 0) && closesFirst(bt, open)) return false; // «… место в городе.» + «Омск-Гомель»»
  const term = finalTerminator(at);
  if (term) {
    if (listItem) return true;
    return endsSentence(at, term, bt);
  }
  const last = at[at.length - 1];
  if (last === ':' || last === ';') return listItem || (startsUpperOrDigit(bt) && at.length <= headingMax);
  if (listItem || startsUpperOrDigit(bt)) return looksLikeHeading(at, headingMax);
  return false;
}

function wrapWidth(lines: Line[]): number {
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!.text;
    const c = next[0]!;
    if (c !== c.toUpperCase() && c === c.toLowerCase()) lengths.push(lines[i]!.text.length);
  }
  if (lengths.length < 5) return Infinity;
  lengths.sort((x, y) => x - y);
  const at = (q: number): number => lengths[Math.min(lengths.length - 1, Math.floor(q * lengths.length))]!;
  const median = at(0.5);
  if (at(0.9) - at(0.1) > 0.35 * median) return Infinity;
  return median;
}

const PARTICLES = /^(?:то|либо|нибудь|таки|ка|де|с)(?![\p{L}])/u;
/** Words that also begin solid compounds (между-народный is международный). */
const SOLID_PREFIXES = new Set(['между', 'сверх', 'после', 'много', 'мало', 'само', 'полу', 'пред', 'противо', 'около', 'внутри', 'супер', 'анти', 'контр']);
const COMPOUND_STEM = /[\p{L}]{2,}(?:н|ов|ев|ск|цк|ик|ьн)о$/u;

/** A word hyphenated across a line break: `left-` at the end of one line, `right` at the start of the next. */
interface Junction {
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
function keepHyphen(j: Junction, seen: Seen, atJunctions: Map<string, number>): boolean {
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
function wordsSeen(text: string, needed: Set<string>): Seen {
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

function isLetterChar(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

function assemble(lines: Line[], allText: string): string[][] {
  const headingMax = wrapWidth(lines) * 0.75;
  const paragraphs: string[][] = [];
  const junctions: Junction[] = [];
  let pieces: string[] = [];
  let prev: Line | undefined;
  const open: Open = { quote: false, paren: 0 };
  for (const line of lines) {
    const t = line.text;
    if (prev === undefined || paragraphBreak(prev, line, headingMax, open)) {
      if (pieces.length) paragraphs.push(pieces);
      pieces = [t];
      open.quote = false;
      open.paren = 0;
    } else {
      const p = prev.text;
      if (p.length >= 2 && p[p.length - 1] === '-' && isLetterChar(p[p.length - 2]) && isLetterChar(t[0])) {
        const left = /[\p{L}]+(?=-$)/u.exec(p.slice(-40))?.[0] ?? '';
        const right = /^[\p{L}]+/u.exec(t)?.[0] ?? '';
        junctions.push({ pieces, at: pieces.length - 1, left, right, particle: PARTICLES.test(t) });
        pieces.push(t);
      } else {
        pieces.push(' ', t);
      }
    }
    track(open, t);
    prev = line;
  }
  if (pieces.length) paragraphs.push(pieces);

  if (junctions.length) {
    const needed = new Set<string>();
    const atJunctions = new Map<string, number>();
    for (const j of junctions) {
      const l = j.left.toLowerCase();
      const r = j.right.toLowerCase();
      needed.add(l).add(r).add(l + r).add(l + '-' + r);
      atJunctions.set(l, (atJunctions.get(l) ?? 0) + 1);
      atJunctions.set(r, (atJunctions.get(r) ?? 0) + 1);
    }
    const seen = wordsSeen(allText, needed);
    for (const j of junctions) {
      if (!keepHyphen(j, seen, atJunctions)) j.pieces[j.at] = j.pieces[j.at]!.slice(0, -1);
    }
  }
  return paragraphs;
}

// ---------------------------------------------------------------------------------------------------------
// 4. numbers and spaces

const NUMBER_CONTEXT = /[\p{L}\p{N}]/u;
const THOUSANDS_O = /(\d{1,3})((?: [OО0]{3})+)(?![\p{L}\p{N}])(?!\s*[«"„“])/gu;
const O_IN_NUMBER = /\d[\dOО]*[OО][\dOО]*(?![\p{L}\p{N}])/gu;
const o_BETWEEN_DIGITS = /(\d)[oо](?=\d)/g;

function fixNumbers(text: string): string {
  const startsWord = (text: string, at: number): boolean => at === 0 || !NUMBER_CONTEXT.test(text[at - 1]!);
  return text
    .replace(THOUSANDS_O, (all: string, head: string, groups: string, at: number, whole: string) =>
      /[OО]/.test(groups) && startsWord(whole, at) ? head + groups.replace(/[OО]/g, '0') : all,
    )
    .replace(O_IN_NUMBER, (w: string, at: number, whole: string) => (startsWord(whole, at) ? w.replace(/[OО]/g, '0') : w))
    .replace(o_BETWEEN_DIGITS, (_: string, d: string) => d + '0');
}

/** `информационно- экскурсионных` → `информационно-экскурсионных` (a compound split by a space). */
const COMPOUND_SPACE = /о- (?=[\p{Ll}]{4})/gu;
function fixCompoundSpaces(text: string): string {
  if (!text.includes('о- ')) return text;
  return text.replace(COMPOUND_SPACE, (all: string, at: number, whole: string) => {
    const before = /(?:^|[^\p{L}])([\p{L}]+)$/u.exec(whole.slice(Math.max(0, at - 30), at + 1))?.[1];
    return before && COMPOUND_STEM.test(before) ? 'о-' : all;
  });
}

// ---------------------------------------------------------------------------------------------------------

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
  return fixCompoundSpaces(fixNumbers(joined)).replace(/ {2,}/g, ' ');
}

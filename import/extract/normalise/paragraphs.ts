// Normalisation, pass 3: lines → paragraphs, and words hyphenated across a line break rejoined or kept.
// The paragraph rule is at the top of ../normalise.ts.
import { sentenceEndAt } from '../sentences.js';
import { type Junction, PARTICLES, keepHyphen, wordsSeen } from './hyphenation.js';

export interface Line {
  text: string;
  markdownHeading: boolean;
}

const BULLET = /^[•·▪●◦■□➢►✓✔*]\s*/;
const DASH_ITEM = /^[-–—]\s/;
const TABLE_ROW = /^\|.*\|$/;
const NUMBERED_ITEM = /^(?:\d{1,2}[.)]|[а-яa-z]\))\s+\S/;
const CLOSER_CHARS = '»"”’)]';
const DANGLING = new Set([
  'в', 'во', 'на', 'по', 'с', 'со', 'к', 'ко', 'о', 'об', 'обо', 'у', 'за', 'из', 'для', 'при', 'от', 'до',
  'и', 'а', 'но', 'или', 'что', 'как', 'между', 'над', 'под', 'через', 'без', 'не', 'также', 'либо', 'так',
  'его', 'ее', 'её', 'их', 'это', 'этой', 'этом', 'этих', 'том', 'той', 'тех', 'чем', 'где', 'когда', 'который',
  'которая', 'которые', 'которых', 'которой', 'которого', 'своих', 'своей', 'своего', 'наших', 'нашего',
]);
// "стал польский город" + "Скерневице.": a country's town waits for its name (not "на День города", "наш город").
const TOWN_WORD_END = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])[a-zß-öø-ſа-ԯ]+(ск|цк)(ий|ого|ому|им|ом)\s+город(а|у|ом|е)?$/u;

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

const QUOTED_CAPITAL = /^[«"„“][A-ZÀ-ÖØ-ÞЀ-Я]/u;
// " date 2025-09-27 В МЭРИИ ПРИНЯЛИ …": a stored page's date before its headline (dateline.ts reads it).
const STORED_DATE = /^date \d{4}-\d{2}-\d{2}\s+(?=\S)/u;

function looksLikeHeading(line: string, maxLength: number): boolean {
  const a = line.replace(STORED_DATE, '');
  if (a.length > maxLength) return false;
  const first = a[0]!;
  // "(справка по состоянию на 1 января 2025 года)": a note in brackets under a title is a line of its own too.
  if (!(startsUpperOrDigit(a) || first === '«' || first === '№' || (first === '(' && a.endsWith(')')))) return false;
  const last = a[a.length - 1]!;
  if (!(isLetterAt(a, a.length - 1) || (last >= '0' && last <= '9') || last === ')' || last === '»' || last === '"')) {
    return false;
  }
  if (!balanced(a)) return false;
  if ((DANGLING.has(lastWord(a)) && a.includes(' ')) || TOWN_WORD_END.test(a)) return false;
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
  // "© Волгоградская правда": a credit line under a picture stands alone.
  if (at.startsWith('©') || bt.startsWith('©')) return true;
  // A table's row ("| Брест | Беларусь | 2005 |") stands alone: a row is no continuation of the line before.
  if (TABLE_ROW.test(at) || TABLE_ROW.test(bt)) return true;
  const listItem = DASH_ITEM.test(bt) || NUMBERED_ITEM.test(bt);
  if ((open.quote || open.paren > 0) && closesFirst(bt, open)) return false; // «… место в городе.» + «Омск-Гомель»»
  const term = finalTerminator(at);
  if (term) {
    if (listItem) return true;
    return endsSentence(at, term, bt);
  }
  const last = at[at.length - 1];
  if (last === ':' || last === ';') return listItem || (startsUpperOrDigit(bt) && at.length <= headingMax);
  // «Визит этот ответный, …»: a quotation that opens with a capital opens a sentence as a capital does, where lines
  // are paragraphs (a hard-wrapped text breaks its lines before a «name» as anywhere: "посетила" + «Славянский базар»).
  if (listItem || startsUpperOrDigit(bt) || (QUOTED_CAPITAL.test(bt) && headingMax === Infinity)) return looksLikeHeading(at, headingMax);
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


function isLetterChar(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

export function assemble(lines: Line[], allText: string): string[][] {
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
        const left = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+(?=-$)/u.exec(p.slice(-40))?.[0] ?? '';
        const right = /^[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+/u.exec(t)?.[0] ?? '';
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

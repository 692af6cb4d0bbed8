// Normalisation, pass 2: scripts per word (Latin look-alikes in Cyrillic words and the reverse, `В2В` codes).
// The rules are at the top of ../normalise.ts.
import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from '../lexicon/homoglyphs.js';

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
const OTHER_WORD_CHAR = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\p{N}\p{M}]/u;

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

export function fixScripts(line: string): string {
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

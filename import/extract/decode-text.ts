// Decoding the bytes of a .txt or .md report into text, and refusing bytes that are no Russian text. Apart from
// reading files because the encoding rules change with the texts we meet, not with the formats we accept.
//
// Encodings. chardet is run on every text file, but on short Russian texts it often names another single-byte
// encoding (ISO-8859-5, windows-1252, MacCyrillic, …) or ranks cp1251 and KOI8-R the wrong way round, so its
// answer is only a tie-breaker:
// 1. a BOM decides (UTF-8, UTF-16 LE/BE) and is stripped;
// 2. bytes that decode as UTF-8 without an error are UTF-8 (a cp1251 or KOI8-R text with Cyrillic in it almost
//    never is valid UTF-8: its letters are bytes ≥ 0x80 standing alone, not in UTF-8 sequences);
// 3. otherwise the bytes are decoded as both windows-1251 and KOI8-R and the one that looks more Russian wins.
//    The two encodings place the Cyrillic alphabet differently (cp1251: А–Я 0xC0–0xDF, а–я 0xE0–0xFF in
//    alphabetical order; KOI8-R: lower case at 0xC0–0xDF, upper case at 0xE0–0xFF, in the order of the Latin
//    letters they sound like), so decoding with the wrong one both swaps the case of most letters and
//    replaces them by other letters. Two measures of "Russian-looking", in this order, each deciding when the
//    two decodings differ by more than 0.1:
//    a. the share of the ten most frequent Russian letters (о е а и н т с р в л, ~68 % of the letters of
//       Russian prose, ~35 % of a wrong decoding), case-insensitive, so it works for text in capitals too;
//    b. the share of lower-case letters among the Cyrillic letters (Russian prose is ~95 % lower case; a
//       wrong decoding ~5 %);
//    then chardet's ranking of the two, then windows-1251 (the more common of the two). The choice is made on
//    the first 256 KB.
// Undecodable text is an error naming the byte offset, never a guess: bytes that are UTF-8 but for a few invalid
// sequences are a damaged UTF-8 file (decoded as cp1251 they would read as garbage and extract nothing), and a
// single-byte decoding that does not read as Russian (few of the frequent letters, mostly capitals) is no encoding.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ReportError } from './errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r';

/** Cyrillic letters in a text, counting no further than `enough`. */
export function countCyrillicLetters(text: string, enough = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0410 && c <= 0x044f) || c === 0x0401 || c === 0x0451) {
      if (++n >= enough) return n;
    }
  }
  return n;
}

/** Share of control bytes (not tab, LF, CR, FF, ESC) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Text bytes as a string, in the encoding they are in (rules above); a ReportError naming the file (and the byte
 * offset, when the encoding is at fault) otherwise. `prose: false` (a CSV table) drops the "words separated by
 * spaces" test, which comma-separated rows can fail.
 */
export function decodeText(path: string, bytes: Buffer, { prose = true }: { prose?: boolean } = {}): { text: string; encoding: TextEncoding } {
  const checkDecoded = (p: string, text: string) => checkText(p, text, prose);
  // 1. BOMs
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: checkDecoded(path, bytes.subarray(3).toString('utf8')), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: checkDecoded(path, iconv.decode(bytes.subarray(2), 'utf-16le')), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: checkDecoded(path, iconv.decode(bytes.subarray(2), 'utf-16be')), encoding: 'utf-16be' };
  }

  // binary: NUL bytes, or too many other control bytes
  if (bytes.includes(0)) throw new ReportError(path, 'BINARY', 'a binary file, not text (it contains NUL bytes)');
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  if (control > bytes.length * MAX_CONTROL_SHARE) {
    throw new ReportError(path, 'BINARY', 'a binary file, not text (too many control characters)');
  }

  // 2. valid UTF-8
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: checkDecoded(path, utf8), encoding: 'utf-8' };

  // 2b. UTF-8 with a few invalid bytes: a damaged UTF-8 file, not a single-byte one
  const scan = scanUtf8(bytes);
  const at = `byte ${scan.firstInvalid} (0x${bytes[scan.firstInvalid]?.toString(16).padStart(2, '0')})`;
  if (scan.multibyte > 0 && scan.multibyte >= scan.invalid * 4) {
    throw new ReportError(
      path,
      'ENCODING',
      `invalid UTF-8 at ${at}, in an otherwise UTF-8 file (${scan.invalid} bad of ${scan.multibyte + scan.invalid} multi-byte sequences); re-save it as UTF-8`,
    );
  }

  // 3. windows-1251 or KOI8-R, judged on the first 256 KB (plenty of letters), then the whole decoded once
  const sample = bytes.subarray(0, 256 * 1024);
  const cp1251 = iconv.decode(sample, 'windows-1251');
  const koi8 = iconv.decode(sample, 'koi8-r');
  let pick: 'windows-1251' | 'koi8-r' | null = null;
  for (const measure of [frequentLetterShare, lowercaseShare]) {
    const a = measure(cp1251);
    const b = measure(koi8);
    if (Math.abs(a - b) > 0.1) {
      pick = a > b ? 'windows-1251' : 'koi8-r';
      break;
    }
  }
  pick ??= chardetPrefers(sample) ?? 'windows-1251';
  const text = checkDecoded(path, iconv.decode(bytes, pick));
  const decoded = pick === 'windows-1251' ? cp1251 : koi8;
  if (countCyrillicLetters(decoded, 200) >= 200 && frequentLetterShare(decoded) < 0.45) {
    throw new ReportError(
      path,
      'ENCODING',
      `not valid UTF-8 (first invalid ${at}) and not Windows-1251 or KOI8-R text either (it does not read as Russian)`,
    );
  }
  return { text, encoding: pick };
}

/** Walks the bytes as UTF-8: valid multi-byte sequences, invalid bytes, and the offset of the first invalid one. */
export function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number; firstInvalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid, firstInvalid };
}

function tryUtf8(bytes: Buffer): string | null {
  return isUtf8(bytes) ? bytes.toString('utf8') : null;
}

const FREQUENT = new Set('оеаинтсрвлОЕАИНТСРВЛ');

/** The ten most frequent Russian letters among the Cyrillic letters, either case (0 when there are none). */
function frequentLetterShare(text: string): number {
  let frequent = 0;
  let all = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0410 && c <= 0x044f) || c === 0x0401 || c === 0x0451) {
      all++;
      if (FREQUENT.has(text[i]!)) frequent++;
    }
  }
  return all === 0 ? 0 : frequent / all;
}

/** Lower-case letters among Cyrillic letters (0 when there are none). */
function lowercaseShare(text: string): number {
  let lower = 0;
  let all = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0430 && c <= 0x044f) {
      lower++;
      all++;
    } else if (c >= 0x0410 && c <= 0x042f) all++;
  }
  return all === 0 ? 0 : lower / all;
}

/** Which of cp1251 and KOI8-R chardet ranks higher, if it names either. */
function chardetPrefers(bytes: Buffer): 'windows-1251' | 'koi8-r' | null {
  for (const m of chardet.analyse(bytes)) {
    if (m.name === 'windows-1251') return 'windows-1251';
    if (m.name === 'KOI8-R') return 'koi8-r';
  }
  return null;
}

/**
 * Strips a BOM left inside; refuses text that decoded into mostly garbage: undecodable or control characters,
 * or no white space (prose has a space every few letters; random bytes decoded as cp1251 have none).
 */
function checkText(path: string, text: string, prose: boolean): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let bad = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0) spaces++;
    else if (c === 0xfffd || (c < 0x20 && c !== 12 && c !== 27)) bad++;
  }
  if (bad > text.length * 0.05) {
    throw new ReportError(path, 'BINARY', 'mostly not text (undecodable or control characters)');
  }
  if (prose && text.length >= 200 && spaces < text.length * 0.03) {
    throw new ReportError(path, 'BINARY', 'mostly not text (no words separated by spaces)');
  }
  return text;
}

// Sentence splitting of the normalised text (see normalise.ts): one pass over each paragraph, no backtracking.
//
// A paragraph (a line of the normalised text) always ends a sentence. Inside a paragraph a sentence ends at
// `.`, `!`, `?`, `…` (or a run of them, with closing quotes or brackets after it) followed by white space and a
// word that may start a sentence (a capital letter, a digit or an opening quote or bracket), unless:
// - the `.` ends an abbreviation that never ends a sentence (`г. Омск`, `им. Ф.М. Достоевского`, `ул.`, `обл.`,
//   `р-н.`, `проф.`, `акад.`, `ст.`, `д.`, `с.`, `n.`, `св.`, `т.е.`, any single lower-case letter, …);
// - the `.` ends an abbreviation that may end a sentence (`т.д.`, `т.п.`, `др.`, `гг.`, `руб.`, `тыс.`, `млн.`,
//   `млрд.`, `чел.`, `г.` after a number, i.e. "год") and the next word does not start with a capital letter;
// - the `.` ends an initial (`Ф.М.`, `С.Н.`, `М.`) and the next word is capitalised but not a function word
//   (`Шелест С.Н. В апреле …` splits, `С.Н. Шелестом` does not);
// - the `.` follows the number of a numbered list item at the start of the paragraph (`1. …`);
// - the terminator is inside a quotation whose `»` follows before any other `«` in the same paragraph
//   (`«Вагон знаний. Сибирь»`), unless that `»` follows the terminator at once (`«Мой город.» Он …`) or the
//   quotation is too long for a name (reported speech of several sentences).
// Dates and decimals (`12.05.2023`, `1.5`) have no white space after the dot and are never split.
// A list marker at the start of a paragraph (`1. `, `2) `, `а) `, `- `, `• `) is left out of its first sentence.

import { Memo } from './lexicon/memo.js';
import type { Sentence } from './types.js';

/** Abbreviations (lower case, without the final dot) that never end a sentence. */
const NON_TERMINAL = new Set([
  'г', 'гор', 'им', 'ул', 'пр', 'просп', 'пл', 'пер', 'наб', 'б-р', 'ш', 'обл', 'р-н', 'р-на', 'мкр', 'мкрн',
  'пос', 'п', 'пгт', 'с', 'д', 'дер', 'х', 'ст', 'стр', 'корп', 'кв', 'оф', 'каб', 'проф', 'акад', 'доц', 'св',
  'свв', 'тов', 'ген', 'г-н', 'г-жа', 'гр', 'n', 'no', 'напр', 'т.е', 'т.к', 'т.н', 'т.ч', 'и.о', 'врио', 'зам',
  'пред', 'рук', 'нач', 'гл', 'ч', 'см', 'ср', 'рис', 'табл', 'прим', 'ред', 'изд', 'вып', 'т', 'ок', 'прибл',
  'в', 'р', 'о', 'оз', 'им', 'англ', 'рус', 'лат', 'нем', 'франц', 'кит', 'тел', 'моб', 'эл', 'адм', 'муниц',
  'гос', 'нац', 'респ', 'авт', 'сост', 'отв', 'юр', 'физ', 'мед', 'пед', 'тех', 'экон', 'ист', 'филол', 'канд',
  'докт', 'засл', 'нар', 'руков', 'сов', 'ген.-л', 'вице', 'межд', 'междунар', 'иностр', 'мин', 'ин', 'пп',
  // городской округ, муниципальный округ, муниципальное образование: `Совета депутатов г.о. Мытищи`.
  'г.о', 'м.о', 'мун.о',
]);

/** Abbreviations (lower case, without the final dot) that may end a sentence: split before a capital. */
const TERMINAL_CAPABLE = new Set([
  'т.д', 'т.п', 'др', 'гг', 'вв', 'руб', 'коп', 'тыс', 'млн', 'млрд', 'трлн', 'чел', 'шт', 'экз', 'ед', 'га',
  'км', 'кг', 'сек', 'долл', 'евро', 'мес', 'н.э', 'т.о', 'etc',
]);

/** Words (lower case) that start sentences but are not surnames: after an initial, they mean a new sentence. */
const FUNCTION_WORDS = new Set([
  'в', 'во', 'на', 'по', 'с', 'со', 'к', 'ко', 'о', 'об', 'обо', 'у', 'за', 'из', 'изо', 'для', 'при', 'от',
  'до', 'а', 'и', 'но', 'да', 'или', 'это', 'этот', 'эта', 'эти', 'так', 'также', 'кроме', 'после', 'перед',
  'между', 'над', 'под', 'через', 'он', 'она', 'оно', 'они', 'мы', 'вы', 'я', 'как', 'что', 'когда', 'где',
  'если', 'однако', 'поэтому', 'тогда', 'затем', 'сейчас', 'сегодня', 'всего', 'все', 'всё', 'его', 'ее',
  'её', 'их', 'был', 'была', 'были', 'было', 'есть', 'не', 'ни', 'уже', 'еще', 'ещё', 'там', 'тут', 'здесь',
  'данный', 'данная', 'данные', 'данное', 'этом', 'этой', 'том', 'той', 'те', 'тот', 'та', 'то', 'среди',
  'около', 'более', 'менее', 'свыше', 'благодаря', 'согласно', 'вместе', 'именно', 'итак', 'впервые',
  'проведено', 'проведена', 'проведен', 'состоялся', 'состоялась', 'состоялось', 'состоялись',
]);

const OPENERS = '«"„“([\'‘';
const CLOSERS = '»"”’)]\'';

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isLetter(ch: string): boolean {
  // Basic Latin and Cyrillic answered from the code unit (the word before every full stop is read letter by letter).
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x400 && c <= 0x45f) return true;
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

const ROMAN = /^[IVXLCDM]+$/;

/**
 * What the word ending just before a `.` at `dot` is: an initial (`Ф`, `Ф.М`), an abbreviation that never ends a
 * sentence, one that may, or an ordinary word. Looks back at most 24 characters.
 */
export function abbreviationKind(text: string, dot: number): 'initial' | 'nonterminal' | 'terminal' | 'none' {
  let k = dot;
  const min = Math.max(0, dot - 24);
  while (k > min) {
    const ch = text[k - 1]!;
    if (isLetter(ch) || ch === '.' || ch === '-') k--;
    else break;
  }
  // strip leading dots/hyphens ("-т.д" cannot be; "..г" neither)
  while (k < dot && (text[k] === '.' || text[k] === '-')) k++;
  if (k === dot) return 'none';
  const token = text.slice(k, dot);
  const segments = token.split('.');
  const last = segments[segments.length - 1]!;
  if (last.length === 1 && isUpper(last)) return 'initial';
  const lower = token.toLowerCase();
  if (lower === 'г' || lower === 'в' || lower === 'вв' || lower === 'гг' || lower === 'пр') {
    // "2023 г." is "год", "XIX в." is "век", "и пр." is "и прочее": these may end a sentence.
    let j = k - 1;
    while (j >= 0 && isSpace(text[j]!)) j--;
    const before = j >= 0 ? text[j]! : '';
    if (lower === 'пр') {
      return j >= 0 && text[j] === 'и' && (j === 0 || !isLetter(text[j - 1]!)) ? 'terminal' : 'nonterminal';
    }
    if (isDigit(before)) {
      // "школой № 14 г. Улан-Удэ": a number after "№" is a school's, and "г." the town's.
      // "школ №№ 2 и 3 г. Дигоры": a number of one or two digits is no year either.
      let d = j;
      while (d >= 0 && isDigit(text[d]!)) d--;
      const digits = j - d;
      while (d >= 0 && isSpace(text[d]!)) d--;
      return lower === 'г' && ((d >= 0 && text[d] === '№') || digits <= 2) ? 'nonterminal' : 'terminal';
    }
    if (lower === 'гг') return 'terminal';
    if (/[IVXLC]/.test(before)) return 'terminal';
    return lower === 'вв' ? 'terminal' : 'nonterminal';
  }
  if (TERMINAL_CAPABLE.has(lower)) return 'terminal';
  if (NON_TERMINAL.has(lower)) return 'nonterminal';
  if (token.length === 1 && isLower(token)) return 'nonterminal';
  return 'none';
}

/** The word starting at `i` (letters only), lower-cased. */
function wordAt(text: string, i: number): string {
  let j = i;
  const max = Math.min(text.length, i + 24);
  while (j < max && isLetter(text[j]!)) j++;
  return text.slice(i, j).toLowerCase();
}

/**
 * Whether the terminator run `text[termStart, termEnd)` (e.g. `.`, `?!`, `...`) ends a sentence, judged from
 * the word before it and what follows it (closing quotes/brackets, white space, the next word) in `text`.
 * `paraStart` is where the paragraph begins (for numbered list items; -1: not in `text`), `limit` where it ends
 * (nothing after it is looked at). Text after a line break counts as the next word, so the same rule serves to join broken lines
 * in normalise.ts.
 * Returns the index where the sentence ends (after closing quotes/brackets), or -1.
 */
export function sentenceEndAt(
  text: string,
  termStart: number,
  termEnd: number,
  paraStart = 0,
  limit = text.length,
): number {
  let end = termEnd;
  while (end < limit && CLOSERS.includes(text[end]!)) end++;
  let next = end;
  while (next < limit && (isSpace(text[next]!) || text[next] === '\n' || text[next] === '\r')) next++;
  if (next >= limit) return end;
  if (next === end) return -1; // no white space after it: a date, a decimal, "г.Омск", "т.д.)"
  const c = text[next]!;
  const opensSentence = isUpper(c) || isDigit(c) || OPENERS.includes(c);
  if (!opensSentence) return -1;

  const run = text.slice(termStart, termEnd);
  if (run !== '.') return end; // "?", "!", "…", "...", "?!": no abbreviations to care about

  const kind = abbreviationKind(text, termStart);
  switch (kind) {
    case 'nonterminal':
      return -1;
    case 'terminal':
      return isDigit(c) ? -1 : end;
    case 'initial': {
      if (!isUpper(c)) return OPENERS.includes(c) ? end : -1;
      // "имени А. А. Кулешова": the next initial, not the conjunction "А".
      if (text[next + 1] === '.') return -1;
      return FUNCTION_WORDS.has(wordAt(text, next)) ? end : -1;
    }
    default: {
      // "1. Текст", "IV. Раздел" at the start of a paragraph: a list number, not a sentence.
      let j = termStart;
      while (j > paraStart && isDigit(text[j - 1]!)) j--;
      if (j === termStart) while (j > paraStart && ROMAN.test(text[j - 1]!)) j--;
      if (paraStart >= 0 && j < termStart && termStart - j <= 3) {
        let k = j;
        while (k > paraStart && isSpace(text[k - 1]!)) k--;
        if (k === paraStart) return -1;
      }
      return end;
    }
  }
}

const TERMINATORS = /[.!?…]+/g;
const LIST_MARKER = /[ \t]*(?:[-–—•·▪●◦*]|\d{1,2}[.)]|[а-яa-z]\))[ \t]+/y;
const QUOTES = /[«»]/g;
// A quotation longer than this is reported speech, whose sentences are sentences; a name is shorter.
const SPEECH_MIN = 150;

/**
 * Splits `text` into sentences. Offsets are into `text`; `text.slice(start, end) === sentence.text`; leading
 * and trailing white space and a leading list marker are not part of a sentence; empty paragraphs give nothing. Linear in the text length.
 */
export function splitSentences(text: string): readonly Sentence[] {
  return split.get(text, () => Object.freeze(sentencesOf(text).map((s) => Object.freeze(s))));
}

// The pipeline, the report's year and three relation passes each ask for the sentences of the same text; the
// answer is frozen, since they all share it.
const split = new Memo<readonly Sentence[]>(4);

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
  };

  // Terminators and quotation marks are each found by one regex walked forward once over the whole text.
  TERMINATORS.lastIndex = 0;
  QUOTES.lastIndex = 0;
  let term: RegExpExecArray | null = TERMINATORS.exec(text);
  let quote: RegExpExecArray | null = QUOTES.exec(text);

  let paraStart = 0;
  for (;;) {
    let paraEnd = text.indexOf('\n', paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    let lastQuoteBefore = ''; // the last « or » before the current terminator, within the paragraph
    let lastQuoteAt = -1; // where it stands
    let sentStart = paraStart;
    // a list marker ("1. ", "2) ", "- ", "• ") is not part of the paragraph's first sentence
    LIST_MARKER.lastIndex = paraStart;
    const marker = LIST_MARKER.exec(text);
    if (marker && marker.index + marker[0].length < paraEnd) sentStart = marker.index + marker[0].length;

    while (term && term.index < paraEnd) {
      const termStart = term.index;
      const termEnd = Math.min(termStart + term[0].length, paraEnd);
      term = TERMINATORS.exec(text);
      while (quote && quote.index < termStart) {
        if (quote.index >= paraStart) {
          lastQuoteBefore = quote[0];
          lastQuoteAt = quote.index;
        }
        quote = QUOTES.exec(text);
      }
      if (lastQuoteBefore === '«' && quote && quote.index < paraEnd && quote[0] === '»' && quote.index - lastQuoteAt <= SPEECH_MIN) {
        // inside «…»: a name such as «Вагон знаний. Сибирь», unless the quotation closes right here («Мой город.»)
        let k = termEnd;
        while (k < paraEnd && k < quote.index && CLOSERS.includes(text[k]!)) k++;
        if (k !== quote.index) continue;
      }
      const end = sentenceEndAt(text, termStart, termEnd, paraStart, paraEnd);
      if (end >= 0 && end < paraEnd) {
        push(sentStart, end);
        sentStart = end;
      }
    }
    push(sentStart, paraEnd);
    while (quote && quote.index < paraEnd) quote = QUOTES.exec(text);
    if (paraEnd >= text.length) break;
    paraStart = paraEnd + 1;
  }
  return out;
}

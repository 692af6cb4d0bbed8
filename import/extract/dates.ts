// When a sentence says something happened: its year and month, from Russian date phrases.
import { matchesOf, wordStartMatches } from './lexicon/spans.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
const LOWER_WORD_AFTER = /^\s+[a-zß-öø-ſа-ԯ]/u;
const ON_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])на\s*$/u;

const MONTH_STEMS: ReadonlyArray<[RegExp, number]> = [
  [/^январ/, 1],
  [/^феврал/, 2],
  [/^март/, 3],
  [/^апрел/, 4],
  [/^ма[йяе]$/, 5],
  [/^июн/, 6],
  [/^июл/, 7],
  [/^август/, 8],
  [/^сентябр/, 9],
  [/^октябр/, 10],
  [/^ноябр/, 11],
  [/^декабр/, 12],
];

// A whole word: no letter before it (wordStartMatches) and none after.
const MONTH_WORD = /(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/giu;
/** A stem each month word holds: most clauses name no month, and MONTH_WORD looks behind at every letter. */
const MONTH_STEM = /январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр/iu;
const YEAR = /(?<!\d)(19[4-9]\d|20\d\d)(?!\d)/g;
// A year of the 1940s dates a tie only as "в 1944 году" ("Сталинград и Ковентри установили связи в 1944 году"); the
// war's years are named in many other ways ("Победы 1945 года", "1941–1945") that date no tie.
// ("Минск, освобождённый в 1944 году": the war's date of a town, not of a tie.)
const FORTIES_BEFORE = /(?<!(освобожд|основан|построен|открыт|погиб|разруш|эвакуир|родил|освобож[её]н)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+((от|от\s+[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+)\s+)?([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?)(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])в\s+$/iu;
const FORTIES_TIES = /побратим|породн|связ|договор|соглашени/iu;
const FORTIES_AFTER = /^\s*(году|г\.)/u;
// A noun in the genitive plural, as a count takes it: "омичей", "гостей", "участников", "человек".
const COUNTED_AFTER = /^\s+([a-zß-öø-ſа-ԯ]+(ов|ев|ёв|ей)|человек)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/u;
const MONTH_BEFORE = /\d\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+$/u;
// "01.01.2025" style dates carry a month and a year.
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(19[5-9]\d|20\d\d)(?!\d)/g;

export function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  for (const [re, m] of MONTH_STEMS) if (re.test(w)) return m;
  return null;
}

/** All month mentions of a span of text, in order, with their offsets. */
export function monthsIn(text: string): ReadonlyArray<{ month: number; index: number }> {
  return months.get(text, computeMonthsIn);
}

function computeMonthsIn(text: string): Array<{ month: number; index: number }> {
  const out: Array<{ month: number; index: number }> = [];
  if (!MONTH_STEM.test(text)) return out;
  for (const m of wordStartMatches(MONTH_WORD, text)) {
    const month = monthOf(m[1]!);
    // "в августе-декабре": a range is dated by its first month.
    if (month !== null && !/[-–]\s*$/.test(text.slice(Math.max(0, m.index! - 2), m.index!))) out.push({ month, index: m.index! });
  }
  return out;
}

/** All years mentioned in a span of text, in order, with their offsets; dd.mm.yyyy dates included. */
export function yearsIn(text: string): ReadonlyArray<{ year: number; index: number }> {
  return years.get(text, computeYearsIn);
}

function computeYearsIn(text: string): Array<{ year: number; index: number }> {
  const out: Array<{ year: number; index: number }> = [];
  for (const m of matchesOf(YEAR, text)) {
    // "более 2000 омичей" is a count: a year is followed by "год"/"г." or by no word at all.
    const after = text.slice(m.index! + 4, m.index! + 12);
    // "19 августа 1969 администрация подписала": after a month's genitive it is a year, unless a counted noun follows
    // ("9 мая 2000 омичей прошли …").
    if (LOWER_WORD_AFTER.test(after) && !/^\s+(г\.|г\b|год|гг)/u.test(after) && !(MONTH_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!)) && !COUNTED_AFTER.test(after))) continue;
    const year = Number(m[1]);
    if (year < 1950 && !(FORTIES_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!)) && FORTIES_AFTER.test(after) && FORTIES_TIES.test(text))) continue;
    out.push({ year, index: m.index! });
  }
  return out;
}

export function numericDates(text: string): Array<{ day: number; month: number; year: number; index: number }> {
  const out: Array<{ day: number; month: number; year: number; index: number }> = [];
  for (const m of matchesOf(NUMERIC_DATE, text)) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) out.push({ day: Number(m[1]), month, year: Number(m[3]), index: m.index! });
  }
  return out;
}

// "с 1996 года", "с 19 августа 1969 года", "С 19 августа 1969 город …" (after a day and month the year needs no "года").
// (The day-and-month form only before the tie itself: "С 12 мая 2023 года в Омске гостит делегация" starts a stay.)
const SINCE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])с\s+(?:((?:19|20)\d\d)\s*(?:-?го\s+)?год|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+((?:19|20)\d\d)(?!\d)(?=(\s+года?)?\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}?(явля|побратим|связ)))/iu;
// A tie's noun, the city whose it is, and "с": "побратим Кирова с", "города-партнёра Бреста (Беларусь) с".
// "Эври, с которым Белгород связан побратимскими отношениями с 1999 года": a relative clause on the tie, too.
const TIE_SINCE_BEFORE =
  /((побратим|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*\s+){0,2}(\([^()]*\)\s*)?|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с\s+)?котор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+[^.;]{0,50}(отношени|связ|дружб|сотрудничеств)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)с\s+$/u;

/** The year a clause says something has held since ("с 1996 года"), or null. */
export function sinceYear(clause: string): number | null {
  const m = SINCE.exec(clause);
  return m ? Number(m[1] ?? m[2]) : null;
}

// "исполнилось 10 лет со дня подписания", "15 лет назад был подписан": the act lies that many years back.
// The count in words too ("два года назад"), and "год назад" alone for one.
const YEARS_AGO = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d])((\d{1,3}|два|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|тридцать)\s+)?(лет|год|года)\s+(назад|со\s+дня|с\s+момента|с\s+тех\s+пор\s+как)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
const COUNT_WORDS: Record<string, number> = {
  два: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10, пятнадцать: 15, двадцать: 20, тридцать: 30,
};
const FOUR_DIGIT_YEAR = /(?<!\d)(19|20)\d\d(?!\d)/u;

/**
 * The year of an act a clause dates by how long ago it was, from the year `at` the clause speaks in; `at` itself
 * when it says no such thing, or names the act's own year after it ("10 лет назад, в 2014 году").
 */
export function yearsBack(clause: string, at: number | null): number | null {
  const m = YEARS_AGO.exec(clause);
  if (!m || at === null || FOUR_DIGIT_YEAR.test(clause.slice(m.index + m[0].length))) return at;
  const count = m[2] === undefined ? 1 : (COUNT_WORDS[m[2].toLowerCase()] ?? Number(m[2]));
  // "лет назад" with no count says no number.
  if (m[2] === undefined && m[3]!.toLowerCase() !== 'год') return at;
  return at - count;
}

const LAST_YEAR = /(в\s+прошлом|в\s+минувшем|прошлого)\s+год/iu;
const YEAR_BEFORE_LAST = /(в\s+позапрошлом|позапрошлого)\s+год/iu;
const NEXT_YEAR = /(в\s+следующем|в\s+будущем|в\s+наступающем|следующего)\s+год/iu;

// Each of the three holds a space and "год": most clauses hold none, ruled out by this one search instead of three
// (measured: a fifth of the time per sentence). No `u` flag, which reads these plain letters the same or wider.
const SPACE_YEAR_WORD = /\sгод/i;

/** How many years from the text's own a clause says its year is ("в прошлом году": -1). */
export function relativeYears(clause: string): number {
  if (!SPACE_YEAR_WORD.test(clause)) return 0;
  if (LAST_YEAR.test(clause)) return -1;
  if (YEAR_BEFORE_LAST.test(clause)) return -2;
  if (NEXT_YEAR.test(clause)) return 1;
  return 0;
}

/**
 * The date of what a clause reports: the year nearest before `anchor` (else the first in the clause), the month
 * nearest before it (else the first). A clause that names no year takes the report's year when it tells of
 * something that happened (`impliedYear`); the caller passes null for timeless statements.
 */
export function dateOf(clause: string, anchor: number, impliedYear: number | null): { year: number | null; month: number | null } {
  const { years, months, yearsAway } = clauseDates.get(clause, computeClauseDates);
  // "в прошлом году" in a text of 2014 is 2013, "в позапрошлом" 2012, "в следующем" 2015.
  const relative = impliedYear === null ? null : impliedYear + yearsAway;
  // «Города России 2030», «Стратегия-2035»: a later year inside a name in quotes is a horizon, not a date.
  const dated = impliedYear === null ? years : years.filter((y) => y.year <= impliedYear + 1 || !insideQuotes(clause, y.index));
  const year = (ownClauseYearAfter(clause, dated, anchor) ?? nearestBefore(dated, anchor))?.year ?? relative;
  const month = nearestBefore(months, anchor)?.month ?? null;
  return { year, month };
}

// "от 15 декабря 2001 года", "от 15.12.2001" within a document's own name, before any clause break.
// (A day and month before the year: "от 2000 тонн", "от 2023 до 2028 года" date no document.)
const DOCUMENT_DATE = /^[^.;:«»]{0,60}?(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])от\s+(\d{1,2}\s+([a-zß-öø-ſа-ԯ]+)\s+|\d{1,2}\.(\d{1,2})\.)((?:19|20)\d\d)(?!\d)/u;

/** "соглашения о сотрудничестве от 15 декабря 2001 года": the date a document is known by, read from `from` on. */
export function documentDate(text: string, from: number): { year: number; month: number | null } | null {
  const m = DOCUMENT_DATE.exec(text.slice(from, from + 100));
  const month = m ? (m[2] ? monthOf(m[2]) : Number(m[3])) : null;
  return m && month !== null && month >= 1 && month <= 12 ? { year: Number(m[4]), month } : null;
}

/** Whether `index` lies inside «…» (more opening than closing quotes before it). */
export function insideQuotes(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab) depth++;
    else if (c === 0xbb && depth > 0) depth--;
  }
  return depth > 0;
}

/** The years a clause dates something by: no durations, ranges or periods ("на 2024–2026 годы"). */
export function datedYearsIn(clause: string): ReadonlyArray<{ year: number; index: number }> {
  return clauseDates.get(clause, computeClauseDates).years;
}

/** What dateOf reads of a clause, whatever the anchor and the implied year. */
interface ClauseDates {
  years: ReadonlyArray<{ year: number; index: number }>;
  months: ReadonlyArray<{ month: number; index: number }>;
  /** How many years from the text's own the clause says its year is (relativeYears). */
  yearsAway: number;
}

function computeClauseDates(clause: string): ClauseDates {
  return {
    years: yearsIn(clause).filter((y) => !isDurationYear(clause, y.index)),
    months: monthsIn(clause),
    yearsAway: relativeYears(clause),
  };
}

/**
 * A few answers of a pure function of a text, the latest kept. Each rule dates its clauses in turn (and a rule its
 * clause once per event), and the discourse reads each sentence's years: a sentence's clauses come back a few
 * times in a row, each time the very same string. Only the last few answers are kept, so nothing outlives the
 * sentences being read.
 */
class RecentAnswers<V> {
  private readonly texts: Array<string | null>;
  private readonly values: V[];
  private next = 0;

  constructor(size: number) {
    this.texts = new Array<string | null>(size).fill(null);
    this.values = new Array<V>(size);
  }

  get(text: string, compute: (text: string) => V): V {
    for (let i = 0; i < this.texts.length; i++) if (this.texts[i] === text) return this.values[i]!;
    const value = compute(text);
    this.texts[this.next] = text;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.texts.length;
    return value;
  }
}

const years = new RecentAnswers<ReadonlyArray<{ year: number; index: number }>>(4);
const months = new RecentAnswers<ReadonlyArray<{ month: number; index: number }>>(4);
const clauseDates = new RecentAnswers<ClauseDates>(4);

/** The last of `items` at or before `anchor`, else the first (a module function: see name-tail.ts on keepNames). */
/**
 * "Связи установлены в 1983 году, договор подписан в 1987 году": the year after the anchor in its own clause, when
 * the years before it are all in earlier clauses (another thing's date).
 */
function ownClauseYearAfter<T extends { index: number }>(clause: string, items: ReadonlyArray<T>, anchor: number): T | undefined {
  const after = items.find((y) => y.index > anchor);
  if (!after || CLAUSE_BREAK.test(clause.slice(anchor, after.index))) return undefined;
  const before = nearestBefore(items, anchor);
  if (!before || before.index > anchor) return undefined;
  return CLAUSE_BREAK.test(clause.slice(before.index, anchor)) ? after : undefined;
}
const CLAUSE_BREAK = /[,;:]\s|\s[–—-]\s/u;

function nearestBefore<T extends { index: number }>(items: ReadonlyArray<T>, anchor: number): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (items[i]!.index <= anchor) return items[i];
  return items[0];
}

/** "300-летия", "с 2023 года" (since) and "до 2030 года" (until) are not the date the thing happened. */
function isDurationYear(text: string, index: number): boolean {
  const after = text.slice(index + 4, index + 12);
  const before = text.slice(Math.max(0, index - 30), index);
  // "из Бреста, города-побратима Кирова с 1997 года": how long the tie has held, not when the visit was.
  if (TIE_SINCE_BEFORE.test(text.slice(Math.max(0, index - 90), index))) return true;
  // "по состоянию на 01.01.2025" is the date of a count, not of an event.
  // "на 2026-2027 годы" is the period a plan covers.
  return /^-?лет/.test(after) || /до\s+(конца\s+|середины\s+|начала\s+)?$/.test(before) || /до\s*$/.test(before) || ON_BEFORE.test(before) || /^\s*[-–]\s*(19|20)\d\d/.test(after) || /(19|20)\d\d\s*[-–]\s*$/.test(before) || /состоянию\s+на\s+[\d.\s]*$/u.test(before);
}

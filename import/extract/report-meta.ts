// Which city a report is about, which year it reports on, and its title: from the text alone, never the file name.
//
// City, first rule that gives one:
// 1. a heading city in the first 15 non-empty lines whose name recurs in the text: a line that is only a city
//    name (`ОМСК`, `## Томск`, `Город Томск`, `г. Новосибирск`, `УЛАН-УДЭ`, `Нижний Новгород`), one to three
//    capitalised words, none of them a word that headings use (`Отчёт`, `Введение`, `Международная`, …);
// 2. `Администрация/Мэрия/Мэр/Глава/Дума (города|г.) X` or `муниципальное образование «Город X»` in the
//    first 15 lines;
// 3. a heading city as in 1 that does not recur but is set as a heading (in capitals, a Markdown heading,
//    `Город X`);
// 4. `города X` / `г. X` in the first 15 lines;
// 5. the most frequent `Администрация (города|г.) X` in the whole text.
// A name in the genitive (`Омска`) is put in the nominative by the one declension engine (the gazetteer's case
// forms, else the morphology; see `cityNameNominative`). The result is capitalised word by word (`Улан-Удэ`).
//
// Year: every four-digit year 1990–2100 scores by what stands around it; the best score wins, a tie goes to
// the year mentioned more often, then the later one. Phrases that mark the reporting period score high
// (`удалось сделать в 2021 году`, `в отчётном 2016 году`, `за 2024 год`, `по итогам 2016 года`,
// `в течение 2021 года`, `итоги 2023 года`, `в 2024 году исполняется`), `в 2023 году` and `в мае 2023 года` score a little, other
// mentions (`2023 года`, `2023 г.`) less; a mention in a sentence about plans or tasks (`планируется`,
// `запланировано`, `задачи`, `предстоит`, `будет`) or `на 2026 год` scores nothing.
//
// Title: the first heading-like line among the first 15 that is not the city heading (nor a bare
// `Администрация города X`): up to 120 characters
// and 2–15 words, starting with a capital letter, not a question, not a list item, not ending with `:`, `;` or
// `,`, and not a sentence (a line ending with `.` counts only when it has at most 8 words).

import { pageDate } from './dateline.js';
import { cityByInflected } from './lexicon/gazetteer.js';
import { isMorphLoaded, readings } from './lexicon/morph.js';
import { toNominative } from './lexicon/nominative.js';
import { detectYear, dominantYear, headlineYear, pageYear } from './report-year.js';

/** The score from which a year phrase alone (`за 2016 год`, `по итогам`) dates a text that is not a report. */
const STRONG_YEAR = 5;

export interface ReportMeta {
  city: string | null;
  /** The city is a report heading's (rules 1 and 3 below), not a guess from `города X` phrases. */
  cityFromHeading: boolean;
  year: number | null;
  /** The month of the page's date when the year is the page's (a news page's dateline), else null. */
  pageMonth: number | null;
  title: string | null;
}

const HEAD_LINES = 15;

/** Words that make a short heading line something other than a city name. */
const HEADING_WORDS = new Set([
  'отчет', 'отчёт', 'отчета', 'отчёта', 'введение', 'содержание', 'оглавление', 'приложение', 'информация',
  'аннотация', 'заключение', 'раздел', 'глава', 'итоги', 'доклад', 'справка', 'предисловие', 'резюме', 'обзор',
  'международная', 'международные', 'международный', 'межмуниципальная', 'деятельность', 'сотрудничество',
  'администрация', 'муниципалитет', 'муниципалитета', 'развитие', 'туризм', 'туризма', 'культура', 'спорт',
  'образование', 'мероприятия', 'план', 'программа', 'часть', 'таблица', 'итог', 'результаты', 'цели', 'задачи',
  'общие', 'сведения', 'положения', 'вопросы', 'ответы', 'анкета', 'город', 'года', 'год', 'россия',
  'российская', 'федерация', 'область', 'край', 'республика', 'вступление', 'приветствие', 'обращение',
  'пояснительная', 'записка', 'новости', 'итоговый', 'годовой', 'ежегодный',
]);

// ---------------------------------------------------------------------------------------------------------
// city

/**
 * The nominative of a city name found after `города`, `г.` or in a heading, through the one declension engine:
 * the gazetteer's case forms (`Омска` → `Омск`, `Кемерова` → `Кемерово`, `Петропавловска-Камчатского`), else the
 * morphology's nominative of the phrase (`Урюпинска` → `Урюпинск`), capitalised word by word. Needs loadMorph()
 * for names the gazetteer lacks.
 */
export function cityNameNominative(name: string): string {
  const phrase = name.replace(/\s+/g, ' ').trim();
  const known = cityByInflected(phrase);
  if (known) return known.name;
  return capitaliseWords(toNominative(capitaliseWords(phrase)));
}

function capitaliseWords(name: string): string {
  return name
    .toLowerCase()
    .split(/([\s-]+)/)
    .map((part, i, all) => {
      // "Ростов-на-Дону": short function words between hyphens stay lower case
      if (/^(?:на|над|при|в|у)$/.test(part) && i > 0 && i < all.length - 1) return part;
      return part.charAt(0).toUpperCase() + part.slice(1);
    })
    .join('');
}

const NAME = String.raw`[А-ЯЁ][а-яёА-ЯЁ]+(?:-(?:на-)?[А-ЯЁ][а-яёА-ЯЁ]+)*`;
const NAME_TWO = String.raw`(?:[А-ЯЁ][а-яё]+(?:его|ого)\s+)?${NAME}`;
const ADMIN_OF_CITY = new RegExp(
  String.raw`(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?:[Аа]дминистраци[яиейю]|[Мм]эри[яиейю]|[Мм]эр[ауом]?|[Гг]лав[аыеу]|[Дд]ум[аыеу])\s+(?:[Гг]орода|г\.)\s*(${NAME_TWO})`,
  'gu',
);
const CITY_MO = new RegExp(String.raw`«\s*[Гг]ород\s+(${NAME_TWO})\s*»`, 'gu');
const OF_CITY = new RegExp(String.raw`(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?:[Гг]орода|г\.)\s*(${NAME_TWO})`, 'gu');

function headLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n', 400)) {
    const t = line.trim();
    if (t) out.push(t);
    if (out.length >= HEAD_LINES) break;
  }
  return out;
}

// Town names join their words with на, над and при only (Ростов-на-Дону), never with these.
const PREPOSITION = /^(из|в|во|с|со|к|ко|о|об|от|до|по|за|для|и|у|через)$/iu;

/** A heading line that is only a city name, or null. */
function headingCity(line: string): string | null {
  let t = line.replace(/^#+\s*/, '').replace(/[.:]\s*$/, '').trim();
  t = t.replace(/^(?:город|г\.)\s*/i, '');
  if (!/^[А-ЯЁа-яё]+(?:[ -][А-ЯЁа-яё]+){0,2}$/.test(t)) return null;
  const words = t.split(/[ -]/);
  if (words.some((w) => w.length < 2)) return null;
  if (words.some((w) => HEADING_WORDS.has(w.toLowerCase()))) return null;
  // "ГОСТИ ИЗ БРЕСТА", "ДЕЛЕГАЦИЯ В ОМСКЕ": a preposition makes the line a phrase about a town, not its name.
  if (words.some((w) => PREPOSITION.test(w))) return null;
  // each word capitalised (or the whole line in capitals); short lower-case joiners allowed: Ростов-на-Дону
  const ok = words.every((w, i) => /^[А-ЯЁ]/.test(w) || (i > 0 && i < words.length - 1 && /^(?:на|над|при)$/.test(w)));
  if (!ok) return null;
  if (t.length < 3) return null;
  // "СЕДЬМОГО СОЗЫВА", "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА": words of the language only, none a name, and no town the gazetteer knows.
  if (words.every(isCommonWord) && !cityByInflected(capitaliseWords(t))) return null;
  return capitaliseWords(t);
}

/**
 * A word the dictionary knows, and only as a common word (a town's name has a proper reading or none). Without the
 * dictionary (the meta of a file read before extraction) no word is known.
 */
function isCommonWord(word: string): boolean {
  if (!isMorphLoaded()) return false;
  const rs = readings(word.toLowerCase());
  return rs.length > 0 && rs.every((r) => r.known && !r.proper);
}

/** A line of running text: a sentence of ten words or more. */
function isParagraph(line: string): boolean {
  return /[.!?]$/.test(line) && line.split(/\s+/).length >= 10;
}

function stem(name: string): string {
  const s = name.replace(/[аеёиоуыэюяь]$/i, '');
  return s.length >= 3 ? s : name;
}

/** Whether the text names the city (its stem and up to four endings) twice or more. */
function recurs(text: string, name: string): boolean {
  // names are letters, spaces and hyphens: nothing to escape in a u-mode pattern outside a class
  const re = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])${stem(name).replace(/[^A-Za-zÀ-ÖØ-öø-ſЀ-ԯ -]/gu, '')}[a-zß-öø-ſа-ԯ]{0,4}(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])`, 'gu');
  // Two are enough: the rest of the text (a report is tens of thousands of characters) is not searched.
  let n = 0;
  for (let m = re.exec(text); m !== null && n < 2; m = re.exec(text)) n++;
  return n >= 2;
}

function mostFrequent(names: string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const n of names) {
    const c = (counts.get(n) ?? 0) + 1;
    counts.set(n, c);
    if (c > bestCount) {
      best = n;
      bestCount = c;
    }
  }
  return best;
}

function detectCity(text: string, head: string[]): { city: string | null; headingLine: number } {
  const headings: { city: string; line: number; strong: boolean; recurs: boolean }[] = [];
  // A report's heading stands above its body: a bare city name after the first paragraph heads a section of a
  // partner list ("Шверте (Германия)" … "Кисловодск"), not the page.
  const body = head.findIndex(isParagraph);
  head.forEach((line, i) => {
    if (body >= 0 && i > body) return;
    const city = headingCity(line);
    if (!city) return;
    // typographically a heading: in capitals, a Markdown heading, or "Город X"
    const strong = /^#/.test(line) || /^(?:город|г\.)\s/i.test(line) || line === line.toUpperCase();
    headings.push({ city, line: i, strong, recurs: recurs(text, city) });
  });
  const recurring = headings.find((h) => h.recurs);
  if (recurring) return { city: recurring.city, headingLine: recurring.line };

  const headText = head.join('\n');
  for (const re of [ADMIN_OF_CITY, CITY_MO]) {
    const m = [...headText.matchAll(re)].map((x) => x[1]!);
    if (m.length) return { city: cityNameNominative(mostFrequent(m)!), headingLine: -1 };
  }
  const strong = headings.find((h) => h.strong);
  if (strong) return { city: strong.city, headingLine: strong.line };
  const ofCity = [...headText.matchAll(OF_CITY)].map((x) => x[1]!);
  if (ofCity.length) return { city: cityNameNominative(mostFrequent(ofCity)!), headingLine: -1 };
  const all = [...text.matchAll(ADMIN_OF_CITY)].map((x) => cityNameNominative(x[1]!));
  return { city: mostFrequent(all), headingLine: -1 };
}

// ---------------------------------------------------------------------------------------------------------
// title

function detectTitle(head: string[], cityLine: number): string | null {
  for (let i = 0; i < head.length; i++) {
    if (i === cityLine) continue;
    const t = head[i]!.replace(/^#+\s*/, '').trim();
    if (!t || t.length > 120) continue;
    if (headingCity(t)) continue;
    if (/^(?:администрация|мэрия|дума|городская дума|глава|мэр)\s+(?:города|г\.)\s*\S+$/i.test(t)) continue;
    const words = t.split(/\s+/);
    if (words.length > 15 || words.length < 2) continue;
    if (!/^[А-ЯЁA-Z«"]/.test(t)) continue;
    if (/[?:;,]$/.test(t)) continue;
    if (/^(?:[-–—•]|\d{1,2}[.)])\s/.test(t)) continue;
    if (/\.$/.test(t) && words.length > 8) continue;
    return t.replace(/\.$/, '');
  }
  return null;
}

const HEAD_DATE = /(?<![\d.])(\d{1,2}\s+(январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|\d{1,2}\.\d{1,2}\.)((?:19|20)\d\d)(?!\d)/iu;

/** The year of a full date on one of the first lines (a heading's or dateline's), or null. */
function datedHead(head: string[]): number | null {
  for (const line of head.slice(0, 4)) {
    // A dateline is short; "по состоянию на 01.01.2025" dates a count, not the text.
    const m = HEAD_DATE.exec(line);
    if (m && line.length <= 60 && !/состоянию\s+на\s*$/iu.test(line.slice(0, m.index))) return Number(m[3]);
  }
  return null;
}

/** The city, year and title of a report, from its (normalised or raw) text. */
export function detectReportMeta(text: string): ReportMeta {
  const head = headLines(text);
  const { city, headingLine } = detectCity(text, head);
  const report = headingLine >= 0;
  // A report says which year it covers; a web page carries its date. A page's passing "в 1996 году" is history.
  // The page's date is searched for (over the whole text) only when the year is not read from the report itself.
  // A report whose heading carries its date ("Архангельск, 22 октября 2024 года") is of that date's year.
  const headed = report ? datedHead(head) : null;
  const year = report ? (headed ?? detectYear(text, 0) ?? pageYear(text)) : (pageYear(text) ?? detectYear(text, STRONG_YEAR) ?? headlineYear(head) ?? dominantYear(text));
  const page = pageDate(text);
  const pageMonth = page && page.year === year && !report ? page.month : null;
  return { city, cityFromHeading: report, year, pageMonth, title: detectTitle(head, headingLine) };
}

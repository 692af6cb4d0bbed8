// The year a report covers, or a page's own year: scored phrases (`за 2024 год`, `по итогам 2016 года`, …) over the
// whole text, and the year a page's first lines state. The rules are those of report-meta.ts's header.
import { splitSentences } from './sentences.js';
import { pageDate } from './dateline.js';
import { matchesOf } from './lexicon/spans.js';


const YEAR = /(?<![\d.,])(19[89]\d|20\d\d|2100)(?![\d])/g;
const PLAN = /планир|запланир|предстои|будет|будут|намечен|задач/i;
const MONTHS = 'январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр';

interface Rule {
  before: RegExp;
  after: RegExp;
  score: number;
}

const YEAR_RULES: Rule[] = [
  { before: /удалось\s+(?:сделать|реализовать|достичь)\s+(?:в|за)\s+$/i, after: /^\s*(?:году|год)/, score: 20 },
  { before: /отч[её]тн(?:ом|ый|ого)\s+(?:периоде?\s+)?$/i, after: /^\s*(?:году|год|года)/, score: 20 },
  { before: /(?:^|[^A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])за\s+$/iu, after: /^\s*(?:год|г\.)/, score: 8 },
  { before: /по\s+итогам\s+$/i, after: /^\s*(?:года|г\.)/, score: 8 },
  { before: /(?:в\s+течение|на\s+протяжении)\s+$/i, after: /^\s*(?:года|г\.)/, score: 5 },
  { before: /итоги\s+$/i, after: /^\s*(?:года|г\.)/, score: 5 },
  // "В 2024 году исполняется 30 лет …": the present tense of a jubilee is the text's own year.
  { before: /(?:^|[^A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])в\s+$/iu, after: /^\s*(?:году|г\.)\s+(?:исполняется|отмечается|празднуется)/, score: 5 },
  { before: /(?:^|[^A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])в\s+$/iu, after: /^\s*(?:году|г\.)/, score: 2 },
  { before: new RegExp(`(?:${MONTHS})[а-яё]*\\s+$`, 'i'), after: /^\s*(?:года|г\.)/, score: 2 },
  { before: /(?:^|[^A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])на\s+$/iu, after: /^\s*(?:год|г\.)/, score: 0 }, // на 2026 год: a plan
  { before: /$/, after: /^\s*(?:года|году|год|г\.)/, score: 0.5 },
];

export function detectYear(text: string, minScore: number): number | null {
  const scores = new Map<number, { score: number; count: number }>();
  for (const s of splitSentences(text)) {
    if (!/\d{4}/.test(s.text)) continue;
    const plan = PLAN.test(s.text);
    for (const m of matchesOf(YEAR, s.text)) {
      const year = Number(m[1]);
      const before = s.text.slice(Math.max(0, m.index - 40), m.index);
      const after = s.text.slice(m.index + 4, m.index + 28);
      let score = 0;
      if (!plan) {
        for (const rule of YEAR_RULES) {
          // The few characters after first: the forty before are the longer search.
          if (rule.after.test(after) && rule.before.test(before)) {
            score = rule.score;
            break;
          }
        }
      }
      const entry = scores.get(year) ?? { score: 0, count: 0 };
      entry.score += score;
      entry.count += 1;
      scores.set(year, entry);
    }
  }
  let best: number | null = null;
  let bestEntry = { score: 0, count: 0 };
  for (const [year, e] of scores) {
    if (e.score <= 0 || e.score < minScore) continue;
    if (
      best === null ||
      e.score > bestEntry.score ||
      (e.score === bestEntry.score && (e.count > bestEntry.count || (e.count === bestEntry.count && year > best)))
    ) {
      best = year;
      bestEntry = e;
    }
  }
  return best;
}

// "Международные связи города Кирова в 2022 году", "В 2022 году Нальчик продолжил …": a year the headline or the
// first line states of the whole text, not a plan.
// A headline is no sentence (no full stop at its end); a first sentence must open with the year.
// A period heading names it too: "III квартал 2023 года", "за I полугодие 2024 г.", a bare "2023 год".
const HEADLINE_YEAR = /(?:^|[^A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d])(?:(?:в|за)\s+|(?:квартал|полугоди)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)(19[89]\d|20\d\d)\s*(?:году|года|год|г\.)|^(19[89]\d|20\d\d)\s*(?:год|г\.)?$/iu;
// "Тула, 2023 год", "Нижний Новгород, 2021 г.": a place and a year alone on a line, a dateline.
const PLACE_YEAR_LINE = /^[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+(?:\s[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)?,\s*(19[89]\d|20\d\d)\s*(?:год|г\.)?\.?$/u;
const OPENING_YEAR = /^(?:в|за)\s+(19[89]\d|20\d\d)\s*(?:году|год|г\.)/iu;
const OPENING_MONTH_YEAR = /^(?:в|во)\s+(?:январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|ноябр|декабр)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(19[89]\d|20\d\d)\s*(?:года|г\.)/iu;
/** The lines a headline or an opening sentence may stand on: a section's title may come first. */
const HEADLINE_LINES = 3;

// A section's title ("Раздел 3. Международная деятельность", "4.1. Общие сведения"): the sentence after the titles
// opens the text.
const SECTION_TITLE = /^(раздел|глава|часть|\d{1,2}(\.\d{1,2})*\.?|[IVX]{1,4}\.)\s/iu;

/**
 * The year the first lines of a page state, when nothing else dates the page: a headline among the first lines, or
 * the opening sentence (the first line, or the one after sections' titles). A later sentence's year is history.
 */
export function headlineYear(head: string[]): number | null {
  for (const [i, line] of head.slice(0, HEADLINE_LINES).entries()) {
    if (PLAN.test(line)) return null;
    const dateline = PLACE_YEAR_LINE.exec(line.trim());
    if (dateline) return Number(dateline[1]);
    const headline = line.length <= 150 && !/[.!?…]$/u.test(line);
    // After a headline, an opening sentence that dates its event by month and year dates the page
    // ("Благовещенск. Рабочая поездка …" then "В сентябре 2023 года делегация …").
    const opening = head.slice(0, i).every((title) => SECTION_TITLE.test(title)) || (i === 1 && OPENING_MONTH_YEAR.test(line));
    const m = headline ? HEADLINE_YEAR.exec(line) : opening ? (OPENING_YEAR.exec(line) ?? OPENING_MONTH_YEAR.exec(line)) : null;
    if (m) return Number(m[1] ?? m[2]);
  }
  return null;
}

/**
 * The year a page without a date or a year phrase keeps coming back to ("в 2020 году", "2020-й", "В 2020-м"): named
 * three times at least and more than twice as often as any other. An interview or a feature dates itself that way.
 */
export function dominantYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of matchesOf(YEAR, text)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && first[1] <= 2 * second[1])) return null;
  return first[0];
}

export function pageYear(text: string): number | null {
  return pageDate(text)?.year ?? null;
}


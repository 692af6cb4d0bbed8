// The date a web page carries: its dateline (`25.07.2008 13:26`, `2016-6-18 14:02`, `1-08-2011, 15:40`), a
// page address with a date in it (`…/news/2024-06-21/…`), or else the first full date of the text
// (`3 июля 2025`, `12 октября 2019 года`). News and portal pages date themselves this way; annual reports do not.

import { monthOf } from './dates.js';

/** Where a page's own date sits: its first lines. */
const HEAD_CHARS = 600;
// (`1-08-2011, 15:40`: day, month and year with dashes, as some site engines print them.)
const NUMERIC = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d./_-])(?:(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)|((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})|(\d{1,2})-(\d{1,2})-((?:19|20)\d\d))(?![\d])/gu;
const TIME_AFTER = /^,?\s+\d{1,2}:\d\d/u;
const IN_ADDRESS = /https?:\/\/\S*?[/_-]((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)\b/u;
const MONTHS = 'январ[яеь]|феврал[яеь]|марта?|апрел[яеь]|ма[яй]|июн[яеь]|июл[яеь]|августа?|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]';
// The day's digits first, the letter or digit before them told after (a look-behind opening the pattern was tried at
// every position of the whole text).
const FULL = new RegExp(`(\\d{1,2})\\s+(${MONTHS})\\s+((?:19|20)\\d\\d)(?!\\d)`, 'giu');
const WORD_CHAR = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d]/u;
/** No page of a town's web site is older than this (Russian towns' sites and news portals began in the late 1990s). */
const FIRST_PAGE_YEAR = 1996;
// A site's clock ("Суббота, 23 ноября 2024") is today's date, not the page's.
// "по состоянию на 31.12.2022" dates a count.
const NOT_THE_PAGE = /((понедельник|вторник|сред[аы]|четверг|пятниц[аы]|суббот[аы]|воскресень[ея])[\s,:]*|состоянию\s+на\s*)$/iu;
// "распоряжением от 27.12.2021 № 318-р": a document's date and number, not the page's.
const DOCUMENT_NUMBER_AFTER = /^\s*(г\.|года)?\s*№/u;

export interface PageDate {
  year: number;
  /** Its month, 1–12. */
  month: number;
  /** Where the date was found: the head of the page, an address in it, or the text's first full date. */
  from: 'dateline' | 'address' | 'full-date';
}

export function pageDate(text: string): PageDate | null {
  const head = text.slice(0, HEAD_CHARS);
  for (const m of head.matchAll(NUMERIC)) {
    if (NOT_THE_PAGE.test(head.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (DOCUMENT_NUMBER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const month = Number(m[2] ?? m[5] ?? m[8]);
    if (month < 1 || month > 12) continue;
    // The dashed form only before its time ("1-08-2011, 15:40"): a document's number is written so too.
    if (m[8] && !TIME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    return { year: Number(m[3] ?? m[4] ?? m[9]), month, from: 'dateline' };
  }
  const address = IN_ADDRESS.exec(text);
  if (address) return { year: Number(address[1]), month: Number(address[2]), from: 'address' };
  for (const m of text.matchAll(FULL)) {
    if (m.index > 0 && WORD_CHAR.test(text.charAt(m.index - 1))) continue;
    // "этот день, 17 сентября 1943 года": a date of history, older than any web page.
    if (Number(m[3]) < FIRST_PAGE_YEAR) continue;
    if (NOT_THE_PAGE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (DOCUMENT_NUMBER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    return { year: Number(m[3]), month: monthOf(m[2]!) ?? 1, from: 'full-date' };
  }
  return null;
}

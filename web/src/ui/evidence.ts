// One piece of evidence: the whole quote and where it comes from. A report's quote links to the report's text
// at that sentence; a twin list's shows the list's file, line and row.
import type { Evidence } from '../api-types.js';
import { csvFileOf } from '../api-types.js';
import { t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';

/** Opens a report's text, with the sentence at `start`–`end` marked (null: no offsets known). */
export type ReadReport = (report: string, start: number | null, end: number | null) => void;

/** The link a quote gives: the page's own URL with the report and the offsets, so it can be shared. */
export function readerHref(report: string, start: number | null, end: number | null): string {
  const p = new URLSearchParams(location.search);
  p.set('report', report);
  if (start !== null && end !== null) p.set('at', `${start}-${end}`);
  else p.delete('at');
  return `?${p.toString()}`;
}

export function evidenceItem(e: Evidence, lang: Lang, read: ReadReport): HTMLElement {
  const date = e.year !== null ? ` · ${t(lang, 'year')} ${e.year}${e.month ? `-${String(e.month).padStart(2, '0')}` : ''}` : '';
  if (e.source !== 'report') {
    const file = csvFileOf(e.source) ?? e.source;
    return h(
      'li',
      { class: 'evidence from-list' },
      h('blockquote', {}, h('code', { class: 'quote-text' }, e.quote ?? t(lang, 'noQuote'))),
      h('p', { class: 'source' }, `${t(lang, 'fromList')}: ${file}`, e.line !== null ? `, ${t(lang, 'line')} ${e.line}` : '', date),
    );
  }
  const report = e.report;
  const link = report
    ? h(
        'a',
        {
          class: 'read-report',
          href: readerHref(report, e.start, e.end),
          title: t(lang, 'readInReport'),
          onclick: (ev: Event) => {
            const m = ev as MouseEvent;
            if (m.ctrlKey || m.metaKey || m.shiftKey || m.button !== 0) return;
            ev.preventDefault();
            read(report, e.start, e.end);
          },
        },
        e.file ?? report,
      )
    : (e.file ?? '?');
  return h(
    'li',
    { class: 'evidence' },
    h('blockquote', {}, h('span', { class: 'quote-text' }, e.quote ?? t(lang, 'noQuote'))),
    h('p', { class: 'source' }, `${t(lang, 'report')}: `, link, date),
  );
}

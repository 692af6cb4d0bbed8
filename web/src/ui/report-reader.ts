// A report's normalised text beside the graph, with the quoted sentence marked and scrolled to, so a quote can
// be read in its context. The text is set as text (never parsed as HTML).
import type { ReportDetail } from '../api-types.js';
import { t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';

export interface ReaderContext {
  lang: Lang;
  /** The report, or a message while it loads or when it failed. */
  report: ReportDetail | string;
  /** The marked sentence's offsets into the text. */
  at: { start: number; end: number } | null;
  close(): void;
}

export function reportReader(c: ReaderContext): HTMLElement {
  const { lang, report: r } = c;
  const close = h('button', { class: 'icon', id: 'reader-close', 'aria-label': t(lang, 'close'), onclick: c.close }, '×');
  if (typeof r === 'string') return h('article', { class: 'reader-panel' }, h('header', {}, h('h2', {}, t(lang, 'reportText')), close), h('p', { class: 'muted' }, r));
  const at = c.at && c.at.start >= 0 && c.at.end <= r.text.length && c.at.start < c.at.end ? c.at : null;
  const text = at
    ? [r.text.slice(0, at.start), h('mark', { id: 'reader-mark', tabindex: -1 }, r.text.slice(at.start, at.end)), r.text.slice(at.end)]
    : [r.text];
  return h(
    'article',
    { class: 'reader-panel', 'aria-labelledby': 'reader-title', onkeydown: (e: Event) => (e as KeyboardEvent).key === 'Escape' && c.close() },
    h(
      'header',
      {},
      h('h2', { id: 'reader-title' }, r.file, h('span', { class: 'muted' }, [r.city, r.year].filter((x) => x !== null).join(', ') ? ` · ${[r.city, r.year].filter((x) => x !== null).join(', ')}` : '')),
      close,
    ),
    r.title ? h('p', { class: 'muted small' }, r.title) : null,
    h('div', { class: 'report-text', id: 'report-text', tabindex: 0 }, text),
  );
}

/** Brings the marked sentence into the middle of the text box (after the panel is on the page). */
export function scrollToMark(): void {
  const mark = document.getElementById('reader-mark');
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
}

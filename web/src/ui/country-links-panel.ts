// The aggregate view's frame: heading with the totals, the canvas its graph draws in, the busiest pairs as a
// list (readable without the canvas), and the hint that a country opens its cities.
import type { CountryLinks } from '../api-types.js';
import { countryTotals } from '../graph/country-elements.js';
import { countryName, t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';

/** Pairs listed beside the graph. */
const TOP_PAIRS = 12;

export interface CountryLinksContext {
  lang: Lang;
  /** The answer, or the message while it loads or when it failed. */
  data: CountryLinks | string;
  /** The element the graph is drawn in (kept across renders so its canvas survives). */
  canvas: HTMLElement;
  pick(code: string): void;
  close(): void;
}

export function countryLinksPanel(c: CountryLinksContext): HTMLElement {
  const { lang, data } = c;
  const name = (code: string) => countryName(lang, code);
  const heading = h(
    'header',
    {},
    h('h2', { id: 'country-links-title' }, t(lang, 'countryLinksTitle')),
    h('button', { class: 'icon', id: 'country-links-close', 'aria-label': t(lang, 'close'), onclick: c.close }, '×'),
  );
  if (typeof data === 'string') return h('section', { class: 'country-links-panel', 'aria-labelledby': 'country-links-title' }, heading, h('p', { class: 'muted' }, data));
  const totals = countryTotals(data);
  const pairs = data.links.filter((l) => l.source !== l.target).slice(0, TOP_PAIRS);
  return h(
    'section',
    { class: 'country-links-panel', 'aria-labelledby': 'country-links-title' },
    heading,
    h('p', { class: 'muted small', id: 'country-links-summary' }, t(lang, 'countryLinksSummary', totals)),
    h(
      'div',
      { class: 'country-links-body' },
      c.canvas,
      h(
        'aside',
        { class: 'country-links-side' },
        h('h3', {}, t(lang, 'countryLinksTop')),
        h(
          'ol',
          { id: 'country-links-list' },
          pairs.map((l) => h('li', { 'data-pair': `${l.source}|${l.target}` }, `${name(l.source)} — ${name(l.target)}: `, h('strong', {}, l.links.toLocaleString(lang)))),
        ),
        h('p', { class: 'muted small' }, t(lang, 'countryLinksHint')),
        h(
          'div',
          { class: 'row wrap' },
          data.countries.slice(0, TOP_PAIRS).map((x) => h('button', { class: 'link', 'data-country': x.code, onclick: () => c.pick(x.code) }, name(x.code))),
        ),
      ),
    ),
  );
}

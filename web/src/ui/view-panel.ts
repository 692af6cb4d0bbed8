// The view controls: layout, node size and colour, overview/fit/re-layout/clear, export and the share link.
import { h } from './dom.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../i18n/index.js';
import { LAYOUTS, OVERVIEW_LIMITS, type LayoutName, type ViewState } from '../app/state.js';

export type ExportFormat = 'png' | 'svg' | 'json';

export interface ViewContext {
  lang: Lang;
  layout: LayoutName;
  size: ViewState['size'];
  colour: ViewState['colour'];
  /** The most relations the overview asks for. */
  limit: number;
  setLimit(n: number): void;
  setLayout(l: LayoutName): void;
  setSize(s: ViewState['size']): void;
  setColour(c: ViewState['colour']): void;
  overview(): void;
  fit(): void;
  relayout(): void;
  clear(): void;
  exportAs(f: ExportFormat): void;
  /** The server's export of the whole filtered graph, with evidence, in a format. */
  serverExport(format: 'graphml' | 'gexf' | 'csv'): string;
  share(): void;
  /** Opens or closes the table of the visible graph. */
  table(): void;
  /** Opens or closes the aggregate view by country. */
  countryLinks(): void;
}

const LAYOUT_LABEL = { fcose: 'layoutFcose', geo: 'layoutGeo', concentric: 'layoutConcentric', country: 'layoutCountry' } as const;

export function viewPanel(c: ViewContext): HTMLElement {
  const lang = c.lang;
  const radios = <T extends string>(name: string, legend: string, options: Array<[T, string]>, value: T, set: (v: T) => void) =>
    h(
      'fieldset',
      { class: 'inline' },
      h('legend', {}, legend),
      options.map(([v, label]) => h('label', {}, h('input', { type: 'radio', name, value: v, checked: v === value, onchange: () => set(v) }), label)),
    );
  return h(
    'section',
    { class: 'view', 'aria-label': t(lang, 'view') },
    h('h2', {}, t(lang, 'view')),
    h(
      'label',
      { class: 'select', for: 'layout' },
      t(lang, 'layout'),
      h(
        'select',
        { id: 'layout', onchange: (e: Event) => c.setLayout((e.target as HTMLSelectElement).value as LayoutName) },
        LAYOUTS.map((l) => h('option', { value: l, selected: l === c.layout }, t(lang, LAYOUT_LABEL[l]))),
      ),
    ),
    radios('size', t(lang, 'size'), [['degree', t(lang, 'sizeDegree')], ['pagerank', t(lang, 'sizePagerank')]], c.size, c.setSize),
    radios('colour', t(lang, 'colour'), [['kind', t(lang, 'colourKind')], ['community', t(lang, 'colourCommunity')]], c.colour, c.setColour),
    h(
      'div',
      { class: 'row wrap' },
      h('button', { id: 'overview', onclick: c.overview }, t(lang, 'overview')),
      h('button', { id: 'country-links-open', onclick: c.countryLinks }, t(lang, 'countryLinks')),
      h(
        'select',
        { id: 'overview-limit', 'aria-label': t(lang, 'overviewLimit'), onchange: (e: Event) => c.setLimit(Number((e.target as HTMLSelectElement).value)) },
        [...new Set([...OVERVIEW_LIMITS, c.limit])].sort((a, b) => a - b).map((n) => h('option', { value: n, selected: n === c.limit }, t(lang, 'upToRelations', { n: n.toLocaleString(lang) }))),
      ),
      h('button', { onclick: c.fit }, t(lang, 'fit')),
      h('button', { onclick: c.relayout }, t(lang, 'relayout')),
      h('button', { id: 'clear', onclick: c.clear }, t(lang, 'clear')),
      h('button', { id: 'show-table', onclick: c.table }, t(lang, 'showTable')),
    ),
    h('h2', {}, t(lang, 'export')),
    h(
      'div',
      { class: 'row wrap' },
      (['png', 'svg', 'json'] as const).map((f) => h('button', { 'data-export': f, onclick: () => c.exportAs(f) }, f.toUpperCase())),
      h('button', { id: 'share', onclick: c.share }, t(lang, 'share')),
    ),
    h(
      'p',
      { class: 'small' },
      `${t(lang, 'wholeExport')}: `,
      (['graphml', 'gexf', 'csv'] as const).flatMap((f, i) => [i > 0 ? ' · ' : '', h('a', { href: c.serverExport(f), download: `twingraph.${f}` }, f === 'graphml' ? 'GraphML' : f.toUpperCase())]),
    ),
  );
}

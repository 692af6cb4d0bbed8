// The filters: relation kinds (the colour legend of the edges), year range with play, countries, source.
import { RELATION_KINDS, type RelationKind } from '../api-types.js';
import { h } from './dom.js';
import { countryName, relationKindLabel, t } from '../i18n/index.js';
import { RELATION_COLOURS } from '../graph/stylesheet.js';
import type { Lang } from '../i18n/index.js';
import { SOURCES, type Filters } from '../app/state.js';

export interface FiltersContext {
  lang: Lang;
  filters: Filters;
  /** Years present in the view, or null when nothing is dated. */
  bounds: { min: number; max: number } | null;
  /** Countries present in the view with their node counts. */
  countries: Array<{ code: string; count: number }>;
  /** Edges in the view per kind (shown beside the legend). */
  kindCounts: Map<RelationKind, number>;
  /** Undated relations the undated toggle shows or hides. */
  undated: number;
  playing: boolean;
  change(f: Partial<Filters>): void;
  togglePlay(): void;
}

const SOURCE_LABEL = { all: 'sourceAll', reports: 'sourceReports', lists: 'sourceLists' } as const;

export function filtersPanel(c: FiltersContext): HTMLElement {
  const { lang, filters: f } = c;
  const kinds = h(
    'fieldset',
    { class: 'kinds' },
    h('legend', {}, t(lang, 'relationKinds')),
    RELATION_KINDS.map((k) =>
      h(
        'label',
        { class: 'kind-toggle' },
        h('input', {
          type: 'checkbox',
          name: 'kind',
          value: k,
          checked: f.kinds.includes(k),
          onchange: (e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            c.change({ kinds: on ? RELATION_KINDS.filter((x) => x === k || f.kinds.includes(x)) : f.kinds.filter((x) => x !== k) });
          },
        }),
        h('span', { class: 'swatch line', style: `background:${RELATION_COLOURS[k]}`, 'aria-hidden': 'true' }),
        relationKindLabel(lang, k),
        h('span', { class: 'muted count' }, String(c.kindCounts.get(k) ?? 0)),
      ),
    ),
  );
  const degree = h(
    'label',
    { class: 'select', for: 'min-degree' },
    t(lang, 'minDegree'),
    h('input', {
      id: 'min-degree',
      type: 'number',
      min: 1,
      max: 1000,
      value: f.minDegree,
      onchange: (e: Event) => c.change({ minDegree: Math.max(1, Math.min(1000, Math.round(Number((e.target as HTMLInputElement).value)) || 1)) }),
    }),
  );
  return h('section', { class: 'filters', 'aria-label': t(lang, 'filters') }, h('h2', {}, t(lang, 'filters')), kinds, years(c), countries(c), source(c), degree);
}

function years(c: FiltersContext): HTMLElement {
  const { lang, filters: f, bounds } = c;
  const box = h('fieldset', { class: 'years' }, h('legend', {}, t(lang, 'years')));
  // Undated relations cannot fall in a year range: a visible switch, with their count, says whether they show.
  const undated = h(
    'label',
    { class: 'undated-toggle' },
    h('input', { type: 'checkbox', id: 'undated', checked: f.undated, onchange: (e: Event) => c.change({ undated: (e.target as HTMLInputElement).checked }) }),
    t(lang, 'undatedToggle', { n: c.undated }),
  );
  if (!bounds) {
    box.append(h('p', { class: 'muted' }, '—'), undated);
    return box;
  }
  const from = f.yearFrom ?? bounds.min;
  const to = f.yearTo ?? bounds.max;
  const slider = (id: string, key: 'yearFrom' | 'yearTo', value: number) =>
    h(
      'label',
      { class: 'year-slider', for: id },
      h('span', {}, t(lang, key)),
      h('input', {
        id,
        type: 'range',
        min: bounds.min,
        max: bounds.max,
        step: 1,
        value,
        oninput: (e: Event) => {
          const v = Number((e.target as HTMLInputElement).value);
          const other = key === 'yearFrom' ? to : from;
          c.change(key === 'yearFrom' ? { yearFrom: Math.min(v, other), yearTo: to } : { yearFrom: from, yearTo: Math.max(v, other) });
        },
      }),
      h('output', { for: id }, String(value)),
    );
  box.append(
    slider('year-from', 'yearFrom', from),
    slider('year-to', 'yearTo', to),
    h(
      'div',
      { class: 'row' },
      h('button', { id: 'year-play', 'aria-pressed': String(c.playing), onclick: c.togglePlay, title: t(lang, 'play') }, c.playing ? `‖ ${t(lang, 'pause')}` : `▶ ${t(lang, 'playShort')}`),
      h('button', { id: 'year-all', disabled: f.yearFrom === null && f.yearTo === null, onclick: () => c.change({ yearFrom: null, yearTo: null }) }, t(lang, 'allYears')),
    ),
    undated,
  );
  return box;
}

function countries(c: FiltersContext): HTMLElement {
  const { lang, filters: f } = c;
  const shown = c.countries.slice(0, 16).map((x) => x.code);
  for (const code of f.countries) if (!shown.includes(code)) shown.push(code);
  return h(
    'fieldset',
    { class: 'countries' },
    h('legend', {}, `${t(lang, 'countries')} `, h('span', { class: 'muted' }, f.countries.length ? '' : `(${t(lang, 'allCountries')})`)),
    shown.length === 0 && h('p', { class: 'muted' }, '—'),
    h(
      'div',
      { class: 'country-list' },
      shown.map((code) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            name: 'country',
            value: code,
            checked: f.countries.includes(code),
            onchange: (e: Event) =>
              c.change({ countries: (e.target as HTMLInputElement).checked ? [...f.countries, code] : f.countries.filter((x) => x !== code) }),
          }),
          countryName(lang, code),
        ),
      ),
    ),
  );
}

function source(c: FiltersContext): HTMLElement {
  const { lang, filters: f } = c;
  return h(
    'fieldset',
    { class: 'source' },
    h('legend', {}, t(lang, 'source')),
    SOURCES.map((s) =>
      h('label', {}, h('input', { type: 'radio', name: 'source', value: s, checked: f.source === s, onchange: () => c.change({ source: s }) }), t(lang, SOURCE_LABEL[s])),
    ),
  );
}

// The details panel for an entity: names, kind, country, its relations in the view by kind, and its reports.
import type { EntityDetail, RelationKind, Timeline } from '../api-types.js';
import { RELATION_KINDS, csvFileOf } from '../api-types.js';
import { h } from './dom.js';
import { countryName, entityKindLabel, relationKindLabel, t } from '../i18n/index.js';
import { labelOf, type EdgeData, type NodeData } from '../graph/elements.js';
import type { Lang } from '../i18n/index.js';
import { closeOnEscape, row, swatch, type PanelActions } from './panel-parts.js';
import { yearChart } from './year-chart.js';

export type { PanelActions };

/** A relation of the entity as the view holds it: the edge and the node at its other end. */
export interface ViewRelation {
  edge: EdgeData;
  other: NodeData;
}

export function nodePanel(d: EntityDetail, inView: ViewRelation[], lang: Lang, act: PanelActions, timeline: Timeline | null = null): HTMLElement {
  const byKind = new Map<RelationKind, ViewRelation[]>();
  for (const r of inView) byKind.set(r.edge.kind, [...(byKind.get(r.edge.kind) ?? []), r]);
  const kinds = RELATION_KINDS.filter((k) => (d.relationCounts[k] ?? 0) > 0 || byKind.has(k));
  const isPlace = d.kind === 'City' || d.kind === 'Region';
  return h(
    'article',
    { class: 'panel node-panel', 'aria-labelledby': 'panel-title', onkeydown: closeOnEscape(act) },
    h('header', {}, h('h2', { id: 'panel-title' }, labelOf(d, lang)), h('button', { class: 'icon', 'aria-label': t(lang, 'close'), onclick: act.close }, '×')),
    h(
      'dl',
      { class: 'facts' },
      row(t(lang, 'nameRu'), d.name),
      row(t(lang, 'nameEn'), d.nameEn ?? '—'),
      row(t(lang, 'kind'), entityKindLabel(lang, d.kind)),
      row(t(lang, 'country'), countryName(lang, d.country)),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { onclick: () => act.expand(d.id) }, t(lang, 'expand')),
      isPlace && h('button', { onclick: () => act.useTool('shared', d.id) }, t(lang, 'useShared')),
      isPlace && h('button', { onclick: () => act.useTool('similar', d.id) }, t(lang, 'useSimilar')),
      h('button', { onclick: () => act.useTool('pathFrom', d.id) }, t(lang, 'usePathFrom')),
      h('button', { onclick: () => act.useTool('pathTo', d.id) }, t(lang, 'usePathTo')),
    ),
    timeline && h('h3', {}, t(lang, 'chartTitle')),
    timeline && yearChart(lang, timeline),
    h('h3', {}, t(lang, 'relations')),
    kinds.length === 0 && h('p', { class: 'muted' }, '—'),
    ...kinds.map((k) =>
      h(
        'section',
        { class: 'relation-group' },
        h('h4', {}, swatch(k), `${relationKindLabel(lang, k)} `, h('span', { class: 'muted' }, `${d.relationCounts[k] ?? 0}`)),
        h(
          'ul',
          { class: 'relation-list' },
          (byKind.get(k) ?? []).map((r) =>
            h(
              'li',
              {},
              h(
                'button',
                { class: 'link', 'data-edge': r.edge.id, onclick: () => act.openEdge(r.edge.id), title: t(lang, 'evidence') },
                r.edge.directed ? (r.edge.source === r.other.id ? '← ' : '→ ') : '',
                labelOf(r.other, lang),
                r.edge.year !== null ? ` (${r.edge.year})` : '',
              ),
            ),
          ),
        ),
      ),
    ),
    h('h3', {}, t(lang, 'reports')),
    d.reports.length === 0
      ? h('p', { class: 'muted' }, '—')
      : h('ul', { class: 'reports' }, d.reports.map((r) => h('li', {}, `${r.file ?? r.id}`, r.year !== null ? ` · ${r.year}` : '', r.title ? h('span', { class: 'muted' }, ` — ${r.title}`) : null))),
    d.sources.length > 0 && h('h3', {}, t(lang, 'otherSources')),
    d.sources.length > 0 && h('ul', { class: 'reports' }, d.sources.map((s) => h('li', {}, csvFileOf(s) ?? s))),
  );
}

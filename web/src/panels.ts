// The details panel: an entity (names, kind, country, relations by kind, reports) or a relation's evidence.
import type { EntityDetail, Evidence, RelationDetail, RelationKind } from './api-types.js';
import { RELATION_KINDS } from './api-types.js';
import { h } from './dom.js';
import { countryName, entityKindLabel, relationKindLabel, t } from './i18n.js';
import { RELATION_COLOURS } from './stylesheet.js';
import { labelOf, type EdgeData, type Lang, type NodeData } from './to-elements.js';

export interface PanelActions {
  openNode(id: string): void;
  openEdge(id: string): void;
  expand(id: string): void;
  useTool(tool: 'shared' | 'similar' | 'pathFrom' | 'pathTo', id: string): void;
  close(): void;
}

/** A relation of the entity as the view holds it: the edge and the node at its other end. */
export interface ViewRelation {
  edge: EdgeData;
  other: NodeData;
}

const swatch = (kind: RelationKind) => h('span', { class: 'swatch', style: `background:${RELATION_COLOURS[kind]}`, 'aria-hidden': 'true' });

const closeOnEscape = (act: PanelActions) => (e: Event) => (e as KeyboardEvent).key === 'Escape' && act.close();

function row(label: string, value: string | Node) {
  return [h('dt', {}, label), h('dd', {}, value)];
}

export function nodePanel(d: EntityDetail, inView: ViewRelation[], lang: Lang, act: PanelActions): HTMLElement {
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
    d.sources.length > 0 && h('ul', { class: 'reports' }, d.sources.map((s) => h('li', {}, s.replace(/^csv:/, '')))),
  );
}

export function evidenceItem(e: Evidence, lang: Lang): HTMLElement {
  const fromList = e.source !== 'report';
  const where = fromList
    ? `${t(lang, 'fromList')}: ${e.source.replace(/^csv:/, '')}${e.line !== null ? `, ${t(lang, 'line')} ${e.line}` : ''}`
    : `${t(lang, 'report')}: ${e.file ?? e.report ?? '?'}`;
  return h(
    'li',
    { class: 'evidence' },
    // Long quotes are clamped to a few lines in lists; a click or Enter shows the whole quote.
    h(
      'blockquote',
      {
        tabindex: 0,
        title: e.quote ?? '',
        onclick: (ev: Event) => (ev.currentTarget as HTMLElement).classList.toggle('full'),
        onkeydown: (ev: Event) => (ev as KeyboardEvent).key === 'Enter' && (ev.currentTarget as HTMLElement).classList.toggle('full'),
      },
      h('span', { class: 'quote-text' }, e.quote ?? t(lang, 'noQuote')),
    ),
    h('p', { class: 'source' }, where, e.year !== null ? ` · ${t(lang, 'year')} ${e.year}${e.month ? `-${String(e.month).padStart(2, '0')}` : ''}` : ''),
  );
}

export function edgePanel(d: RelationDetail, lang: Lang, act: PanelActions): HTMLElement {
  const r = d.relation;
  const arrow = r.directed ? ' → ' : ' — ';
  return h(
    'article',
    { class: 'panel edge-panel', 'aria-labelledby': 'panel-title', onkeydown: closeOnEscape(act) },
    h(
      'header',
      {},
      h('h2', { id: 'panel-title' }, swatch(r.kind), relationKindLabel(lang, r.kind)),
      h('button', { class: 'icon', 'aria-label': t(lang, 'close'), onclick: act.close }, '×'),
    ),
    h(
      'p',
      { class: 'ends' },
      h('button', { class: 'link', onclick: () => act.openNode(d.source.id) }, labelOf(d.source, lang)),
      arrow,
      h('button', { class: 'link', onclick: () => act.openNode(d.target.id) }, labelOf(d.target, lang)),
    ),
    h(
      'dl',
      { class: 'facts' },
      row(t(lang, 'year'), r.year !== null ? `${r.year}${r.month ? `-${String(r.month).padStart(2, '0')}` : ''}` : t(lang, 'undated')),
      r.status ? row(t(lang, 'status'), r.status) : null,
    ),
    h('h3', {}, `${t(lang, 'evidence')} (${r.evidence.length})`),
    h('ul', { class: 'evidence-list' }, r.evidence.map((e) => evidenceItem(e, lang))),
  );
}

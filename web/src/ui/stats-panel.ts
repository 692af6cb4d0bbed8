// The statistics panel: the visible graph (counts, most connected, communities) and, when the API has it, the
// whole graph from GET /api/stats.
import type { Stats } from '../api-types.js';
import { h } from './dom.js';
import { count, entityKindLabel, relationKindLabel, t } from '../i18n/index.js';
import type { Lang } from '../i18n/index.js';
import type { EntityKind, RelationKind } from '../api-types.js';

export interface ViewStats {
  nodes: number;
  edges: number;
  /** null when the view is too big to look for them (and colouring by community is off). */
  communities: number | null;
  top: Array<{ id: string; label: string; degree: number }>;
}

export function statsPanel(lang: Lang, view: ViewStats, whole: Stats | string | null, openNode: (id: string) => void): HTMLElement {
  return h(
    'section',
    { class: 'stats', 'aria-label': t(lang, 'stats') },
    h('h2', {}, t(lang, 'stats')),
    h('h3', {}, t(lang, 'statsView')),
    h('p', {}, [count(lang, view.nodes, 'nodes'), count(lang, view.edges, 'edges'), view.communities === null ? null : count(lang, view.communities, 'communities')].filter(Boolean).join(' · ')),
    view.top.length > 0 && h('p', { class: 'muted' }, t(lang, 'topDegree')),
    view.top.length > 0 &&
      h('ol', { class: 'top-list' }, view.top.map((n) => h('li', {}, h('button', { class: 'link', onclick: () => openNode(n.id) }, n.label), ` ${n.degree}`))),
    h('h3', {}, t(lang, 'statsGraph')),
    whole === null ? h('p', { class: 'muted' }, '…') : typeof whole === 'string' ? h('p', { class: 'muted small' }, whole) : wholeGraph(lang, whole, openNode),
  );
}

function wholeGraph(lang: Lang, s: Stats, openNode: (id: string) => void): HTMLElement {
  const top = (title: string, list: Stats['topByDegree']) =>
    list.length > 0 && [
      h('p', { class: 'muted' }, title),
      h('ol', { class: 'top-list' }, list.slice(0, 5).map((x) => h('li', {}, h('button', { class: 'link', onclick: () => openNode(x.id) }, x.name), ` ${round(x.value)}`))),
    ];
  return h(
    'div',
    {},
    h('p', {}, Object.entries(s.labels).map(([k, v]) => `${entityKindLabel(lang, k as EntityKind)} ${v}`).join(' · ')),
    h('p', {}, Object.entries(s.kinds).map(([k, v]) => `${relationKindLabel(lang, k as RelationKind)} ${v}`).join(' · ')),
    h('p', {}, t(lang, 'statsCities', { cities: s.cities, links: s.links, count: s.components.count, share: Math.round(s.components.giantShare * 100) })),
    top(t(lang, 'topDegree'), s.topByDegree),
    top(t(lang, 'topPageRank'), s.topByPageRank),
    top(t(lang, 'topBetweenness'), s.topByBetweenness),
    h('p', { class: 'muted' }, t(lang, 'statsCommunities', { n: s.communities.length })),
  );
}

const round = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));

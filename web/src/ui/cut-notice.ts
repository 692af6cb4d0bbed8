// The notice over the graph that says when the view is cut and by what: the server's limit on an answer
// (`truncated`), and the filters hiding part of what is loaded.
import { t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';

export interface Cut {
  /** Parts whose answer stopped at its limit: which part and the limit. */
  limited: Array<{ part: 'overview' | 'neighbours'; name?: string; limit: number }>;
  /** Loaded relations the filters hide, and all loaded. */
  hiddenEdges: number;
  loadedEdges: number;
  /** Visible nodes drawn on the map because they were too many for the force layout, or null. */
  onMapAtScale?: number | null;
}

export function cutNotice(lang: Lang, cut: Cut): HTMLElement | null {
  const lines: string[] = [];
  for (const l of cut.limited) {
    lines.push(l.part === 'overview' ? t(lang, 'cutOverview', { limit: l.limit }) : t(lang, 'cutNeighbours', { limit: l.limit, name: l.name ?? '' }));
  }
  if (cut.hiddenEdges > 0) lines.push(t(lang, 'cutFilters', { n: cut.hiddenEdges, total: cut.loadedEdges }));
  if (cut.onMapAtScale) lines.push(t(lang, 'onMapAtScale', { n: cut.onMapAtScale.toLocaleString(lang) }));
  if (lines.length === 0) return null;
  return h('div', { role: 'status' }, cut.limited.length > 0 ? h('strong', {}, t(lang, 'cutTitle')) : null, lines.map((l) => h('p', {}, l)), cut.limited.length > 0 ? h('p', { class: 'muted' }, t(lang, 'cutHint')) : null);
}

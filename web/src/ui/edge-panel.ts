// The details panel for a relation: its kind, its two ends, year and status, and every piece of evidence.
import type { RelationDetail } from '../api-types.js';
import { labelOf } from '../graph/elements.js';
import { relationKindLabel, statusLabel, t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';
import { evidenceItem } from './evidence.js';
import { closeOnEscape, row, swatch, type PanelActions } from './panel-parts.js';

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
      r.status ? row(t(lang, 'status'), statusLabel(lang, r.status)) : null,
    ),
    h('h3', {}, `${t(lang, 'evidence')} (${r.evidence.length})`),
    h('ul', { class: 'evidence-list' }, r.evidence.map((e) => evidenceItem(e, lang, act.readReport))),
  );
}

// The list beside the map of the nodes it cannot place (no coordinates), so none is hidden without a word.
import { t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';

/** Names shown before "and N more". */
const SHOWN = 50;

export function offMapList(lang: Lang, nodes: Array<{ id: string; label: string }>, open: (id: string) => void): HTMLElement {
  const sorted = [...nodes].sort((a, b) => a.label.localeCompare(b.label));
  return h(
    'section',
    { 'aria-label': t(lang, 'offMapTitle') },
    h('h3', {}, t(lang, 'offMapTitle'), ` (${nodes.length})`),
    h('p', { class: 'muted' }, t(lang, 'offMapText')),
    h(
      'ul',
      { id: 'off-map-list' },
      sorted.slice(0, SHOWN).map((n) => h('li', { 'data-id': n.id }, h('button', { class: 'link', onclick: () => open(n.id) }, n.label))),
      nodes.length > SHOWN ? h('li', { class: 'muted' }, t(lang, 'andMore', { n: nodes.length - SHOWN })) : null,
    ),
  );
}

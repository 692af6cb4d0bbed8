// The page around the panels: the node legend, the empty state with example searches, and static labels.
import { ENTITY_KINDS } from '../api-types.js';
import { labelOf } from '../graph/elements.js';
import { entityKindLabel, t, type Key } from '../i18n/index.js';
import { swap } from '../ui/chrome.js';
import { cutNotice } from '../ui/cut-notice.js';
import { offMapList } from '../ui/off-map.js';
import { byId, h } from '../ui/dom.js';
import { api } from './api.js';
import type { App } from './context.js';
import { fail } from './fail.js';
import { focusEntity } from './loaders.js';
import { openNode } from './selection.js';
import { shown } from '../graph/classes.js';

const EXAMPLES = ['Омск', 'Гомель', 'Minsk'];

export function renderLegend(app: App): void {
  const lang = app.state.lang;
  swap(
    'node-legend',
    h(
      'div',
      {},
      ENTITY_KINDS.map((k) => h('span', {}, h('i', { class: `kind-dot kind-${k}` }), entityKindLabel(lang, k))),
      h('span', { class: 'dashed' }, t(lang, 'sourceLists')),
    ),
  );
}

export function renderEmpty(app: App): void {
  const lang = app.state.lang;
  const empty = byId('empty');
  empty.hidden = shown(app.cy.elements()).nonempty();
  if (empty.hidden) return;
  const example = (q: string) =>
    h('button', { class: 'example', onclick: () => void api.search(q, 1).then((r) => r.hits[0] && focusEntity(app, r.hits[0]), (e) => fail(app, e)) }, q);
  empty.replaceChildren(h('h2', {}, t(lang, 'emptyTitle')), h('p', {}, t(lang, 'emptyText')), h('p', { class: 'examples' }, EXAMPLES.map(example)));
}

/** The labels written in index.html (`data-i18n`, `data-i18n-label`), the title and the language button. */
export function translateStatic(app: App): void {
  const lang = app.state.lang;
  document.documentElement.lang = lang;
  document.title = t(lang, 'title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(lang, el.dataset.i18n as Key);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(lang, el.dataset.i18nLabel as Key));
  const input = document.querySelector<HTMLInputElement>('#search-input');
  if (input) input.placeholder = t(lang, 'searchPlaceholder');
  const other = lang === 'ru' ? 'English' : 'Русский';
  byId('lang').textContent = other;
  byId('lang').setAttribute('aria-label', `${t(lang, 'language')}: ${other}`);
}

/** Beside the map: the visible nodes it could not place. */
export function renderOffMap(app: App): void {
  const box = byId('off-map');
  const ids = app.state.layout === 'geo' || app.onMapAtScale !== null ? app.offMap.filter((id) => app.cy.getElementById(id).nonempty()) : [];
  box.hidden = ids.length === 0;
  if (box.hidden) return box.replaceChildren();
  const nodes = ids.map((id) => ({ id, label: app.cy.getElementById(id).data('label') as string }));
  swap('off-map', offMapList(app.state.lang, nodes, (id) => void openNode(app, id)));
}

/** Over the graph: whether an answer stopped at its limit, and how much the filters hide. */
export function renderCut(app: App): void {
  const box = byId('cut-notice');
  const limited = [...app.cut].map(([part, limit]) =>
    part === 'overview' ? { part: 'overview' as const, limit } : { part: 'neighbours' as const, limit, name: labelOf(app.known.get(part.slice(2)) ?? { name: part.slice(2), nameEn: null }, app.state.lang) },
  );
  const loaded = app.cy.edges().length;
  // What the filters hide is said for the overview, where it can be a lot; a neighbourhood shows its kinds' counts.
  const hidden = app.state.overview ? loaded - shown(app.cy.edges()).length : 0;
  const notice = cutNotice(app.state.lang, { limited, hiddenEdges: hidden, loadedEdges: loaded, onMapAtScale: app.onMapAtScale });
  box.hidden = notice === null;
  box.replaceChildren(...(notice ? [notice] : []));
}

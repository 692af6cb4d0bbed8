// A search box with suggestions as you type (ARIA combobox): arrow keys move, Enter picks, Escape closes.
import { api } from '../app/api.js';
import type { SearchHit } from '../api-types.js';
import { h } from './dom.js';
import { countryName, entityKindLabel, t } from '../i18n/index.js';
import type { Lang } from '../i18n/index.js';

export interface SearchBoxOptions {
  id: string;
  lang: () => Lang;
  label: 'searchLabel' | 'addCity' | 'pathFrom' | 'pathTo' | 'pickCity';
  onPick: (hit: SearchHit) => void;
  onError?: (err: unknown) => void;
  /** Clear the box after a pick (pickers that add to a list). */
  clearOnPick?: boolean;
}

let counter = 0;

export function searchBox(opts: SearchBoxOptions): HTMLElement {
  const listId = `${opts.id}-list`;
  const input = h('input', {
    id: opts.id,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: t(opts.lang(), 'searchPlaceholder'),
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true });
  const label = h('label', { for: opts.id, class: 'search-label', 'data-i18n': opts.label }, t(opts.lang(), opts.label));
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  const seq = ++counter;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    close();
    input.value = opts.clearOnPick ? '' : hit.name;
    opts.onPick(hit);
  };
  const mark = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `s${seq}-${i}`);
  };
  const render = () => {
    const lang = opts.lang();
    list.replaceChildren(
      ...(hits.length === 0
        ? [h('li', { class: 'no-hits', role: 'option', 'aria-disabled': 'true' }, t(lang, 'noHits'))]
        : hits.map((hit, i) =>
            h(
              'li',
              { id: `s${seq}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': hit.id, onmousedown: (e: Event) => (e.preventDefault(), pick(hit)) },
              h('span', { class: `kind-dot kind-${hit.kind}` }),
              h('span', { class: 'hit-name' }, lang === 'en' && hit.nameEn ? hit.nameEn : hit.name),
              h('span', { class: 'hit-meta' }, [entityKindLabel(lang, hit.kind), hit.country ? countryName(lang, hit.country) : ''].filter(Boolean).join(' · ')),
            ),
          )),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const lookup = async () => {
    const q = input.value.trim();
    controller?.abort();
    if (q.length < 2) return close();
    controller = new AbortController();
    try {
      hits = (await api.search(q, 8, controller.signal)).hits;
      if (input.value.trim() === q) render();
    } catch (err) {
      if ((err as Error).name !== 'AbortError') opts.onError?.(err);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lookup(), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) (e.preventDefault(), list.hidden ? render() : mark((active + 1) % hits.length));
    else if (e.key === 'ArrowUp' && hits.length) (e.preventDefault(), mark((active - 1 + hits.length) % hits.length));
    else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      // Enter before the suggestions arrived still picks the best match.
      void (async () => {
        if (list.hidden) await lookup();
        const hit = hits[active >= 0 ? active : 0];
        if (hit) pick(hit);
      })();
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return h('div', { class: 'search-box' }, label, input, list);
}

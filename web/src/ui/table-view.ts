// The table view: the visible nodes or edges as a sortable, filterable table with a CSV download.
import { EDGE_COLUMNS, NODE_COLUMNS, view, type Row } from '../graph/table-rows.js';
import { t, type Key, type Lang } from '../i18n/index.js';
import { h } from './dom.js';

export type TableKind = 'nodes' | 'edges';

export interface TableContext {
  lang: Lang;
  kind: TableKind;
  rows: Row[];
  filter: string;
  sort: { column: string; descending: boolean } | null;
  setKind(kind: TableKind): void;
  setFilter(filter: string): void;
  setSort(sort: { column: string; descending: boolean }): void;
  download(): void;
  open(id: string, kind: TableKind): void;
  close(): void;
}

/** Rows drawn at once; the filter narrows the rest down. */
const SHOWN = 500;

const HEADERS: Record<string, Key> = {
  name: 'nameRu',
  nameEn: 'nameEn',
  kind: 'kind',
  country: 'country',
  lat: 'latitude',
  lon: 'longitude',
  degree: 'degree',
  id: 'id',
  source: 'from',
  target: 'to',
  year: 'year',
  status: 'status',
  evidence: 'evidence',
  sources: 'sources',
};

export function tableView(c: TableContext): HTMLElement {
  const { lang } = c;
  const columns = c.kind === 'nodes' ? NODE_COLUMNS : EDGE_COLUMNS;
  const rows = view(c.rows, c.filter, c.sort);
  const header = (col: string) => {
    const sorted = c.sort?.column === col;
    const sortState = sorted ? (c.sort!.descending ? 'descending' : 'ascending') : 'none';
    return h(
      'th',
      { scope: 'col', 'aria-sort': sortState },
      h('button', { class: 'link', 'data-column': col, onclick: () => c.setSort({ column: col, descending: sorted ? !c.sort!.descending : false }) }, t(lang, HEADERS[col]!), sorted ? (c.sort!.descending ? ' ▼' : ' ▲') : ''),
    );
  };
  return h(
    'section',
    { class: 'table-panel', 'aria-labelledby': 'table-title' },
    h(
      'header',
      {},
      h('h2', { id: 'table-title' }, t(lang, 'table')),
      h(
        'div',
        { class: 'row', role: 'tablist' },
        (['nodes', 'edges'] as const).map((k) =>
          h('button', { role: 'tab', id: `table-${k}`, 'aria-selected': String(k === c.kind), onclick: () => c.setKind(k) }, t(lang, k === 'nodes' ? 'tableNodes' : 'tableEdges')),
        ),
      ),
      h('input', { id: 'table-filter', type: 'search', value: c.filter, placeholder: t(lang, 'tableFilter'), 'aria-label': t(lang, 'tableFilter'), oninput: (e: Event) => c.setFilter((e.target as HTMLInputElement).value) }),
      h('button', { id: 'table-csv', onclick: c.download }, 'CSV'),
      h('button', { class: 'icon', id: 'table-close', 'aria-label': t(lang, 'close'), onclick: c.close }, '×'),
    ),
    h('p', { class: 'muted small', id: 'table-count' }, t(lang, 'tableCount', { n: rows.length, total: c.rows.length })),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { id: 'data-table' },
        h('thead', {}, h('tr', {}, columns.map(header))),
        h(
          'tbody',
          {},
          rows.slice(0, SHOWN).map((r) =>
            h(
              'tr',
              { 'data-id': String(r.id), tabindex: 0, onclick: () => c.open(String(r.id), c.kind), onkeydown: (e: Event) => (e as KeyboardEvent).key === 'Enter' && c.open(String(r.id), c.kind) },
              columns.map((col) => h('td', {}, r[col] === null || r[col] === undefined ? '' : String(r[col]))),
            ),
          ),
        ),
      ),
    ),
    rows.length > SHOWN ? h('p', { class: 'muted small' }, t(lang, 'andMore', { n: rows.length - SHOWN })) : null,
  );
}

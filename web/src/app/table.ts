// The table of the visible graph: which table is open (kept in the URL), its filter and sort, the CSV download
// (edges with the quotes that state them, fetched per relation), and opening a row's node or edge.
import type { NodeSingular } from 'cytoscape';
import type { EdgeData, NodeData } from '../graph/elements.js';
import { csvFileOf } from '../api-types.js';
import { edgeRows, EDGE_COLUMNS, NODE_COLUMNS, nodeRows, toCsv, view, type Row } from '../graph/table-rows.js';
import { swap } from '../ui/chrome.js';
import { byId, download } from '../ui/dom.js';
import { tableView, type TableKind } from '../ui/table-view.js';
import { api } from './api.js';
import type { App } from './context.js';
import { fail } from './fail.js';
import { commit } from './history.js';
import { openEdge, openNode } from './selection.js';
import { shown } from '../graph/classes.js';

/** Most edges whose quotes the CSV fetches (one request each, a few at a time); past it, /api/export has them. */
const QUOTES_UP_TO = 1000;
const PARALLEL = 6;

const local = { filter: '', sort: null as { column: string; descending: boolean } | null };

export function setTable(app: App, kind: TableKind | null): void {
  app.state.table = kind;
  local.sort = null;
  commit(app.state);
  renderTable(app);
}

function rows(app: App, kind: TableKind): Row[] {
  // Nodes off the map are part of the view (listed beside the map), so the table has them too.
  const nodes = shown(app.cy.nodes());
  if (kind === 'nodes') {
    const degree = new Map(nodes.map((n) => [n.id(), (n as NodeSingular).connectedEdges().not('.filtered').length] as const));
    return nodeRows(nodes.map((n) => n.data() as NodeData), degree);
  }
  const label = (id: string) => (app.cy.getElementById(id).data('label') as string | undefined) ?? id;
  return edgeRows(shown(app.cy.edges()).map((e) => e.data() as EdgeData), label);
}

export function renderTable(app: App): void {
  const box = byId('table');
  const kind = app.state.table;
  box.hidden = kind === null;
  if (kind === null) return box.replaceChildren();
  swap(
    'table',
    tableView({
      lang: app.state.lang,
      kind,
      rows: rows(app, kind),
      filter: local.filter,
      sort: local.sort,
      setKind: (k) => setTable(app, k),
      setFilter: (f) => ((local.filter = f), renderTable(app)),
      setSort: (s) => ((local.sort = s), renderTable(app)),
      download: () => void downloadCsv(app, kind),
      open: (id, k) => void (k === 'nodes' ? openNode(app, id) : openEdge(app, id)),
      close: () => setTable(app, null),
    }),
  );
}

async function downloadCsv(app: App, kind: TableKind): Promise<void> {
  const shown = view(rows(app, kind), local.filter, local.sort);
  const name = `twingraph-${kind}-${new Date().toISOString().slice(0, 10)}.csv`;
  if (kind === 'nodes') return download(name, toCsv(NODE_COLUMNS, shown), 'text/csv');
  try {
    const quotes = await quotesOf(shown.slice(0, QUOTES_UP_TO).map((r) => String(r.id)));
    const withQuotes = shown.map((r) => ({ ...r, quotes: quotes.get(String(r.id)) ?? null }));
    download(name, toCsv([...EDGE_COLUMNS, 'quotes'], withQuotes), 'text/csv');
  } catch (err) {
    fail(app, err);
  }
}

/** Each relation's quotes with their file, joined as `file: quote | file: quote`. */
async function quotesOf(ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      const d = await api.relation(id);
      out.set(id, d.relation.evidence.map((e) => `${e.file ?? csvFileOf(e.source) ?? e.source}${e.line !== null ? `:${e.line}` : ''}: ${e.quote ?? ''}`).join(' | '));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return out;
}

// The web view at scale in headless Chromium: the overview a graph holding the Wikipedia twin list gives
// (about 26,000 pairs, built by the twin-list importer's own stages, bench/twin-overview.ts), loaded in the
// built page (dist/web) and, as the baseline in the same run, in a bare Cytoscape.js page with the library's
// defaults and the same elements at their map positions (the floor a page cannot beat). Times from navigation
// start: data in, layout done, first render; then zoom frames from wheel events (what a user's zoom costs).
// No server or database: the browser's requests are answered in-process. Run alone with `npx tsx bench/web.ts`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Subgraph } from '../neo4j/contract/subgraph.js';
import { twinListOverview } from './twin-overview.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'dist/web');
const CYTOSCAPE = path.join(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js');
export const TWIN_LIST = path.resolve(ROOT, '../shared/data/twin-cities-enwiki.csv');
const BASE = 'http://twingraph.bench/';
const ZOOM_STEPS = 12;

export interface WebBenchRow {
  page: 'twingraph' | 'bare Cytoscape.js';
  /** From navigation start until the elements are in Cytoscape (fetch, convert, add), ms. */
  dataMs: number;
  /** Until the layout stopped: every position set and the view fitted, ms. */
  layoutDoneMs: number;
  /** The layout alone: from the elements being in until it stopped, ms. */
  layoutMs: number;
  /** Until the first frame was drawn, ms. */
  firstRenderMs: number;
  /** Median and slowest of the frames drawn for wheel zoom steps, ms. */
  zoomFrameMs: number;
  zoomFrameMaxMs: number;
}

export interface WebBench {
  nodes: number;
  edges: number;
  /** Nodes with coordinates. */
  placed: number;
  rows: WebBenchRow[];
}

/** The baseline page: Cytoscape.js with its defaults, the same elements, positions from their coordinates. */
const BARE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#cy{margin:0;width:100%;height:100%}</style></head>
<body><div id="cy"></div><script src="/cytoscape.min.js"></script><script>
fetch('/api/graph').then((r) => r.json()).then((g) => {
  const els = [];
  let unplaced = 0;
  for (const n of g.nodes) {
    const placed = n.lat !== null && n.lon !== null;
    const position = placed ? { x: n.lon * 10, y: -n.lat * 10 } : { x: (unplaced % 100) * 10, y: 1000 + Math.floor(unplaced++ / 100) * 10 };
    els.push({ group: 'nodes', data: { id: n.id, label: n.name }, position });
  }
  for (const e of g.edges) els.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target } });
  // The elements arrive at their positions (no layout runs); fitting the view is this page's whole layout.
  const cy = cytoscape({ container: document.getElementById('cy'), elements: els });
  window.twingraph = { cy };
  performance.mark('twingraph:elements-added');
  cy.one('render', () => performance.mark('twingraph:render'));
  cy.fit();
  performance.mark('twingraph:layout-done');
});
</script></body></html>`;

/** A page answering its requests in-process; `before` runs before navigation (a profiler, say). */
export async function open(browser: Browser, graph: Subgraph, url: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const body = JSON.stringify(graph);
  await page.route('**/*', async (route) => {
    const u = new URL(route.request().url());
    const json = (status: number, data: string) => route.fulfill({ status, contentType: 'application/json', body: data });
    if (u.pathname === '/api/graph') return json(200, body);
    if (u.pathname === '/api/health') return json(200, JSON.stringify({ status: 'ok', database: { status: 'up' } }));
    if (u.pathname.startsWith('/api/')) return json(404, JSON.stringify({ code: 'not_found', message: `No route GET ${u.pathname}` }));
    if (u.pathname === '/bare.html') return route.fulfill({ status: 200, contentType: 'text/html', body: BARE_PAGE });
    if (u.pathname === '/cytoscape.min.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(CYTOSCAPE) });
    const file = path.join(DIST, u.pathname === '/' ? 'index.html' : u.pathname);
    if (!file.startsWith(DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'text/html';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
  await before?.(page);
  await page.goto(url);
  return page;
}

async function measure(browser: Browser, graph: Subgraph, which: WebBenchRow['page']): Promise<WebBenchRow> {
  const url = which === 'twingraph' ? `${BASE}?overview=1&limit=30000&kinds=TWIN` : `${BASE}bare.html`;
  const page = await open(browser, graph, url);
  try {
    await page.waitForFunction(() => performance.getEntriesByName('twingraph:render').length > 0, null, { timeout: 300_000 });
    // No named functions inside evaluate: tsx's keepNames would wrap them in a helper the page does not have.
    const marks = await page.evaluate(() =>
      Object.fromEntries(['elements-added', 'layout-done', 'render'].map((m) => [m, performance.getEntriesByName(`twingraph:${m}`)[0]?.startTime ?? NaN])),
    );
    // Wheel steps on the graph's container, as a mouse wheel sends them: Cytoscape treats them as a user's zoom
    // (its viewport-gesture options apply), and each step's time runs until its frame is drawn.
    const frames = await page.evaluate(async (steps) => {
      const cy = (window as unknown as { twingraph: { cy: import('cytoscape').Core } }).twingraph.cy;
      const box = cy.container()!.getBoundingClientRect();
      const target = cy.container()!.querySelector('canvas:last-of-type') ?? cy.container()!;
      const times: number[] = [];
      for (let i = 0; i < steps; i++) {
        const start = performance.now();
        const drawn = new Promise<void>((resolve) => cy.one('render', () => resolve()));
        target.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 4 < 2 ? -120 : 120, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
        await drawn;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b);
    }, ZOOM_STEPS);
    const round = (v: number) => Math.round(v * 10) / 10;
    return {
      page: which,
      dataMs: Math.round(marks['elements-added']!),
      layoutDoneMs: Math.round(marks['layout-done']!),
      layoutMs: Math.round(marks['layout-done']! - marks['elements-added']!),
      firstRenderMs: Math.round(marks.render!),
      zoomFrameMs: round(frames[Math.floor(frames.length / 2)]!),
      zoomFrameMaxMs: round(frames[frames.length - 1]!),
    };
  } finally {
    await page.close();
  }
}

export async function benchWeb(file = TWIN_LIST): Promise<WebBench> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/web is missing: run `npm run build:web` first');
  if (!existsSync(file)) throw new Error(`${file} is missing (the Wikipedia twin list)`);
  const graph = twinListOverview(file);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const rows = [await measure(browser, graph, 'bare Cytoscape.js'), await measure(browser, graph, 'twingraph')];
    return { nodes: graph.nodes.length, edges: graph.edges.length, placed: graph.nodes.filter((n) => n.lat !== null).length, rows };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const result = await benchWeb();
  console.log(`web view in headless Chromium: ${result.nodes} nodes (${result.placed} with coordinates), ${result.edges} edges (ms from navigation start; zoom: median and slowest frame)`);
  console.table(result.rows);
}

// The web view at scale in headless Chromium: the built page (dist/web) with its API answered by synthetic
// overviews of 500, 2,000 and 5,000 elements, timing data-in, layout done and first render, then the frame
// time of a zoom step (does a big view stay responsive?). No server or database: the browser's requests are
// answered in-process. Run alone with `npx tsx bench/web.ts`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { GraphEdge, GraphNode } from '../web/src/api-types.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'dist/web');
const BASE = 'http://twingraph.bench/';
const KINDS: GraphEdge['kind'][] = ['TWIN', 'AGREEMENT', 'VISIT', 'PARTNER', 'CONTACT'];
const COUNTRIES = ['RU', 'BY', 'KZ', 'CN', 'DE', 'PL', 'LV', 'KR', 'US', 'FR'];

export interface WebBenchRow {
  elements: number;
  nodes: number;
  edges: number;
  /** From navigation start until the elements are in Cytoscape (fetch, convert, add), ms. */
  dataMs: number;
  /** Until the layout stopped, ms. */
  layoutDoneMs: number;
  /** Until the first frame was drawn, ms. */
  firstRenderMs: number;
  /** Median time for one zoom step to draw, ms. */
  zoomFrameMs: number;
}

/** A twin-city-like graph: about a third nodes, preferential attachment so a few hubs collect many partners. */
export function syntheticGraph(elements: number, seed = 1): { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean } {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const nodeCount = Math.round(elements / 3);
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `city:c${i}`,
    kind: 'City',
    name: `Город ${i}`,
    nameEn: `City ${i}`,
    country: COUNTRIES[Math.floor(rand() * COUNTRIES.length)]!,
    lat: 35 + rand() * 30,
    lon: 10 + rand() * 120,
    city: null,
  }));
  const ends: number[] = [0];
  const edges: GraphEdge[] = [];
  for (let i = 0; edges.length < elements - nodeCount; i++) {
    const a = (i % (nodeCount - 1)) + 1;
    const b = ends[Math.floor(rand() * ends.length)]!;
    if (a === b) continue;
    ends.push(a, b);
    const kind = KINDS[Math.floor(rand() * KINDS.length)]!;
    edges.push({
      id: `5:bench:${edges.length}`,
      kind,
      source: nodes[a]!.id,
      target: nodes[b]!.id,
      directed: kind === 'VISIT',
      year: 2000 + Math.floor(rand() * 25),
      month: null,
      status: null,
      confidence: 0.9,
      reports: rand() < 0.7 ? ['csv:twin-cities-enwiki.csv'] : ['r-000000bench'],
      evidenceCount: 1,
    });
  }
  return { nodes, edges, truncated: false };
}

async function measure(browser: Browser, elements: number): Promise<WebBenchRow> {
  const graph = syntheticGraph(elements);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const json = (status: number, body: unknown) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
    if (url.pathname === '/api/graph') return json(200, graph);
    if (url.pathname === '/api/health') return json(200, { status: 'ok', database: { status: 'up' } });
    if (url.pathname.startsWith('/api/')) return json(404, { code: 'not_found', message: `No route GET ${url.pathname}` });
    const file = path.join(DIST, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
  await page.goto(`${BASE}?overview=1&kinds=TWIN,AGREEMENT,VISIT,PARTNER,CONTACT`);
  await page.waitForFunction(() => performance.getEntriesByName('twingraph:render').length > 0, null, { timeout: 180_000 });
  // No named functions inside evaluate: tsx's keepNames would wrap them in a helper the page does not have.
  const marks = await page.evaluate(() =>
    Object.fromEntries(['elements-added', 'layout-done', 'render'].map((m) => [m, performance.getEntriesByName(`twingraph:${m}`)[0]?.startTime ?? NaN])),
  );
  const zoomFrameMs = await page.evaluate(async () => {
    const cy = (window as unknown as { twingraph: { cy: import('cytoscape').Core } }).twingraph.cy;
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      const drawn = new Promise<void>((resolve) => cy.one('render', () => resolve()));
      cy.zoom({ level: cy.zoom() * (i % 2 ? 1 / 1.15 : 1.15), renderedPosition: { x: 300, y: 300 } });
      await drawn;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[5]!;
  });
  await page.close();
  return {
    elements,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    dataMs: Math.round(marks['elements-added']!),
    layoutDoneMs: Math.round(marks['layout-done']!),
    firstRenderMs: Math.round(marks.render!),
    zoomFrameMs: Math.round(zoomFrameMs * 10) / 10,
  };
}

export async function benchWeb(sizes = [500, 2000, 5000]): Promise<WebBenchRow[]> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/web is missing: run `npm run build:web` first');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const rows: WebBenchRow[] = [];
    for (const n of sizes) rows.push(await measure(browser, n));
    return rows;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const rows = await benchWeb();
  console.log('web view in headless Chromium (ms from navigation start; zoom: median frame)');
  console.table(rows);
}

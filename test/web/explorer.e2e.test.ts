// The web explorer end to end: the built page, the real server on a free port, the samples in the test Neo4j,
// driven in Debian's headless Chromium. Each step saves a screenshot to test-results/screenshots/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../neo4j/config.js';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { openTestDb } from '../support/graph.js';
import { loadSamples } from '../support/samples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = `${ROOT}test-results/screenshots/`;
/** The steps whose screenshots the README shows, copied to docs/screenshots/ under these names. */
const README_SHOTS: Record<string, string> = {
  '04b-evidence-in-report': 'explorer-evidence.png',
  '06-shared-partners': 'explorer-shared-partners.png',
  '07-path': 'explorer-path.png',
  '10-english-geographic': 'explorer-map.png',
  '11-overview': 'explorer-overview.png',
  '15-country-links': 'explorer-country-links.png',
};
const DOCS = `${ROOT}docs/screenshots/`;
// The README's screenshots are refreshed only on request (`npm run docs:screenshots`), so a plain test run
// leaves the working tree clean.
const UPDATE_DOCS = process.env.TWINGRAPH_UPDATE_SCREENSHOTS === '1';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1280, height: 800 };
/** The staff token of the server under test (uploads need it). */
const TOKEN = 'e2e-staff-token-0123456789';

interface CyHandle {
  twingraph: {
    cy: {
      getElementById(id: string): { nonempty(): boolean; hasClass(c: string): boolean; renderedPosition(): { x: number; y: number } };
      nodes(sel?: string): { map<T>(fn: (n: { id(): string }) => T): T[]; filter(fn: (n: { hasClass(c: string): boolean }) => boolean): { map<T>(fn: (n: { id(): string }) => T): T[] } };
      edges(sel?: string): { filter(fn: (e: { hasClass(c: string): boolean; data(key: string): unknown }) => boolean): { length: number } };
    };
  };
}

// Each step waits on a real server and Neo4j on a shared machine, so steps get more than the default 30 s.
describe('web explorer', { timeout: 90_000 }, () => {
  let db: GraphDb;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The server serves whatever dist/web holds when the app is built, so build the page first.
    execFileSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    expect(existsSync(`${ROOT}dist/web/index.html`)).toBe(true);
    mkdirSync(SHOTS, { recursive: true });
    if (UPDATE_DOCS) mkdirSync(DOCS, { recursive: true });
    db = await openTestDb();
    await loadSamples(db);
    app = await buildApp({ db, config: loadConfig({ TWINGRAPH_API_TOKEN: TOKEN }) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  async function newPage(): Promise<Page> {
    const p = await browser.newPage({ viewport: VIEWPORT });
    p.on('pageerror', (err) => pageErrors.push(err.message));
    return p;
  }

  async function shot(p: Page, name: string): Promise<void> {
    await p.screenshot({ path: `${SHOTS}${name}.png` });
    const readme = README_SHOTS[name];
    if (readme && UPDATE_DOCS) copyFileSync(`${SHOTS}${name}.png`, `${DOCS}${readme}`);
  }

  /** Types into a search box and picks the suggestion for `id` with the keyboard. */
  async function pick(p: Page, input: string, text: string, id: string): Promise<void> {
    await p.fill(input, text);
    const option = p.locator(`${input}-list li[data-id="${id}"]`);
    await option.waitFor();
    const ids = await p.locator(`${input}-list li[data-id]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    for (let i = 0; i <= ids.indexOf(id); i++) await p.press(input, 'ArrowDown');
    await p.press(input, 'Enter');
  }

  const visibleNodes = (p: Page) =>
    p.evaluate(() => (window as unknown as CyHandle).twingraph.cy.nodes().filter((n) => !n.hasClass('filtered')).map((n) => n.id()).sort());

  it('greets with an empty state that says what to do', async () => {
    await page.goto(base);
    await expect.poll(() => page.locator('#empty').isVisible()).toBe(true);
    expect(await page.textContent('#empty')).toContain('Начните с поиска');
    await shot(page, '01-empty');
  });

  it('suggests Гомель as the user types, in any case form, and opens it', async () => {
    await page.fill('#search-input', 'гомеля');
    await page.locator('#search-input-list li[data-id="city:gomel"]').waitFor();
    await shot(page, '02-search-suggestions');
    await page.press('#search-input', 'Enter');
    await page.locator('.node-panel h2', { hasText: 'Гомель' }).waitFor();
    const panel = await page.textContent('.node-panel');
    expect(panel).toContain('Gomel');
    expect(panel).toContain('Беларусь');
    expect(panel).toContain('omsk-2023.txt');
    expect(await visibleNodes(page)).toEqual(expect.arrayContaining(['city:gomel', 'city:omsk', 'city:tomsk']));
    expect(page.url()).toContain('node=city:gomel');
    // Its relations over time: a bar per year, and the undated ones counted.
    await page.locator('#year-chart svg rect').first().waitFor();
    expect(await page.textContent('#year-chart figcaption')).toMatch(/без даты: \d+/);
    await shot(page, '03-gomel');
  });

  it('opens a node clicked on the canvas', async () => {
    const at = await page.evaluate(() => (window as unknown as CyHandle).twingraph.cy.getElementById('city:omsk').renderedPosition());
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.locator('.node-panel h2', { hasText: 'Омск' }).waitFor();
    await page.mouse.click(box.x + 5, box.y + 5);
    await expect.poll(() => page.locator('.node-panel').count()).toBe(0);
  });

  it('shows the Omsk 2023 report quote on the Омск–Гомель twin edge', async () => {
    await pick(page, '#search-input', 'Гомель', 'city:gomel');
    await page.locator('.node-panel h2', { hasText: 'Гомель' }).waitFor();
    await page.locator('.relation-group', { hasText: 'побратимы' }).locator('button[data-edge]', { hasText: 'Омск' }).click();
    await page.locator('.edge-panel blockquote').first().waitFor();
    const panel = await page.textContent('.edge-panel');
    expect(panel).toContain('Соглашение об установлении побратимских отношений между городом Омском и городом Гомелем');
    expect(panel).toContain('omsk-2023.txt');
    expect(panel).toContain('2023');
    expect(page.url()).toMatch(/edge=/);
    await shot(page, '04-evidence');
  });

  it("opens a quote's report at the sentence, marked and scrolled into view, and closes it", async () => {
    const quote = (await page.locator('.edge-panel .evidence blockquote').first().textContent())!.trim();
    await page.locator('.edge-panel a.read-report').first().click();
    const mark = page.locator('#reader-mark');
    await mark.waitFor();
    expect((await mark.textContent())!.trim()).toBe(quote);
    expect(page.url()).toMatch(/report=r-[0-9a-f]+&at=\d+-\d+/);
    // Scrolled to: the marked sentence lies inside the text box's visible area.
    const box = (await page.locator('#report-text').boundingBox())!;
    const at = (await mark.boundingBox())!;
    expect(at.y).toBeGreaterThanOrEqual(box.y);
    expect(at.y + Math.min(at.height, 40)).toBeLessThanOrEqual(box.y + box.height);
    expect(await page.textContent('#reader')).toContain('omsk-2023.txt');
    await shot(page, '04b-evidence-in-report');
    // The link reopens the report at the sentence.
    const other = await newPage();
    await other.goto(page.url());
    expect((await other.locator('#reader-mark').textContent())!.trim()).toBe(quote);
    await other.close();
    await page.click('#reader-close');
    await expect.poll(() => page.locator('#reader').isHidden()).toBe(true);
    expect(page.url()).not.toContain('report=');
  });

  it('hides a relation kind and plays the years, keeping both in the link', async () => {
    const shown = (kind: string) =>
      page.evaluate((k) => (window as unknown as CyHandle).twingraph.cy.edges().filter((e) => !e.hasClass('filtered') && e.data('kind') === k).length, kind);
    expect(await shown('VISIT')).toBeGreaterThan(0);
    await page.uncheck('input[name="kind"][value="VISIT"]');
    await expect.poll(() => shown('VISIT')).toBe(0);
    expect(page.url()).toMatch(/kinds=TWIN,AGREEMENT,PARTNER,CONTACT,PARTICIPATED_IN,HELD_IN(&|$)/);
    await page.check('input[name="kind"][value="VISIT"]');
    await expect.poll(() => shown('VISIT')).toBeGreaterThan(0);
    await page.click('#year-play');
    await expect.poll(() => page.url()).toContain('yearTo=2023');
    expect(await shown('AGREEMENT')).toBe(0);
    await shot(page, '05-year-play');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('yearTo=2024');
    await expect.poll(() => page.getAttribute('#year-play', 'aria-pressed'), { timeout: 10_000 }).toBe('false');
    expect(await shown('AGREEMENT')).toBeGreaterThan(0);
    await page.click('#year-all');
    expect(page.url()).not.toContain('yearTo');
  });

  it('finds the shared partners of Омск and Томск: Минск and Гомель, with evidence', async () => {
    await page.click('#tab-shared');
    await pick(page, '#shared-add', 'Омск', 'city:omsk');
    await pick(page, '#shared-add', 'Томск', 'city:tomsk');
    await page.click('#tool-run');
    await page.locator('#tool-results .result-list').waitFor();
    const partners = await page.locator('#tool-results .result-list > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(partners).toEqual(expect.arrayContaining(['city:minsk', 'city:gomel']));
    expect(await page.textContent('#tool-results')).toContain('omsk-2023.txt');
    const marked = await page.evaluate(() => {
      const cy = (window as unknown as CyHandle).twingraph.cy;
      return ['city:minsk', 'city:gomel', 'city:omsk', 'city:tomsk'].map((id) => cy.getElementById(id).hasClass('highlighted') || cy.getElementById(id).hasClass('picked'));
    });
    expect(marked).toEqual([true, true, true, true]);
    // The chosen cities on one side, the partners on the other.
    const x = (id: string) => page.evaluate((i) => (window as unknown as CyHandle).twingraph.cy.getElementById(i).renderedPosition().x, id);
    expect(Math.max(await x('city:omsk'), await x('city:tomsk'))).toBeLessThan(Math.min(await x('city:minsk'), await x('city:gomel')));
    expect(page.url()).toContain('tool=shared&picks=city:omsk,city:tomsk');
    await shot(page, '06-shared-partners');
  });

  it('finds a path from a Gomel school to Omsk State University, with its hops drawn as a chain in order', async () => {
    await page.click('#tab-path');
    await pick(page, '#path-from', 'школа 75', 'inst:srednya-shkola-75-gomelya');
    await pick(page, '#path-to', 'университет Достоевского', 'inst:omskiy-gosuda-univer-f-m-dostoye');
    await page.click('#tool-run');
    // The answer (or a message saying why there is none) replaces the form's hint.
    await page.locator('#tool-results .summary, #tool-results .notice').waitFor({ timeout: 60_000 });
    expect(await page.textContent('#tool-results')).toMatch(/Путь 1/);
    expect(await page.locator('#tool-results .hops > li').count()).toBe(3);
    const onPath = await page.evaluate(() => (window as unknown as CyHandle).twingraph.cy.edges().filter((e) => e.hasClass('on-path')).length);
    expect(onPath).toBe(3);
    // Drawn as a chain in order: left to right on one line, no other node on it between two hops.
    const chain = await page.evaluate(() => {
      const cy = (window as unknown as CyHandle).twingraph.cy;
      const ids = ['inst:srednya-shkola-75-gomelya', 'city:gomel', 'city:omsk', 'inst:omskiy-gosuda-univer-f-m-dostoye'];
      return ids.map((id) => cy.getElementById(id).renderedPosition());
    });
    expect(chain.map((p) => p.x)).toEqual([...chain.map((p) => p.x)].sort((a, b) => a - b));
    expect(Math.max(...chain.map((p) => p.y)) - Math.min(...chain.map((p) => p.y))).toBeLessThan(1);
    await shot(page, '07-path');
  });

  it('offers the distinct alternatives of a path, each drawn when chosen', async () => {
    const answer = (await (await fetch(`${base}api/paths?from=city:gomel&to=city:omsk&k=3`)).json()) as { paths: Array<{ nodes: string[]; hops: Array<{ relation: { id: string } }> }> };
    expect(answer.paths.length).toBeGreaterThan(1);
    const alt = await newPage();
    await alt.goto(`${base}?tool=path&picks=city:gomel,city:omsk&lang=en`);
    await alt.locator('#path-alternatives').waitFor({ timeout: 60_000 });
    expect(await alt.textContent('#path-alternatives')).toContain(`(${answer.paths.length - 1})`);
    await alt.click('#path-alternatives');
    const labels = await alt.locator('#tool-results .alternatives button').allTextContents();
    expect(labels).toHaveLength(answer.paths.length);
    expect(new Set(labels).size).toBe(labels.length);
    // The second route chosen: its hops, and only they, are drawn as the path, and the link keeps the choice.
    await alt.locator('#tool-results .alternatives button').nth(1).click();
    await expect.poll(() => alt.url()).toContain('alt=1');
    const onPath = () =>
      alt.evaluate(() => (window as unknown as { twingraph: { cy: import('cytoscape').Core } }).twingraph.cy.edges('.on-path').map((e) => e.id()).sort());
    await expect.poll(onPath, { timeout: 15_000 }).toEqual(answer.paths[1]!.hops.map((h) => h.relation.id).sort());
    await shot(alt, '07b-path-alternative');
    await alt.close();
  });

  it('reopens the same view from a shared link', async () => {
    const url = page.url();
    expect(url).toContain('tool=path');
    const before = await visibleNodes(page);
    const results = await page.textContent('#tool-results .hops');
    const other = await newPage();
    await other.goto(url);
    await other.locator('#tool-results .hops').waitFor();
    expect(await other.getAttribute('#tab-path', 'aria-selected')).toBe('true');
    expect(await other.textContent('#tool-results .hops')).toBe(results);
    await expect.poll(() => visibleNodes(other)).toEqual(before);
    await shot(other, '08-shared-link');
    await other.close();
  });

  it('ranks the cities most like Омск: Томск first, sharing Минск and Гомель', async () => {
    await page.click('#tab-similar');
    await pick(page, '#similar-pick', 'Омск', 'city:omsk');
    await page.click('#tool-run');
    await page.locator('#tool-results .result-list').waitFor();
    const first = page.locator('#tool-results .result-list > li').first();
    expect(await first.getAttribute('data-id')).toBe('city:tomsk');
    expect(await first.textContent()).toMatch(/Минск, Гомель|Гомель, Минск/);
    expect(page.url()).toContain('tool=similar&picks=city:omsk');
    await shot(page, '09-similar');
  });

  it('switches to English labels and a geographic layout, kept in the link', async () => {
    await page.click('#lang');
    await page.selectOption('#layout', 'geo');
    await expect.poll(() => page.textContent('#tab-path')).toBe('Path');
    expect(page.url()).toContain('lang=en');
    expect(page.url()).toContain('layout=geo');
    const omsk = await page.evaluate(() => (window as unknown as CyHandle).twingraph.cy.getElementById('city:omsk').renderedPosition());
    const gomel = await page.evaluate(() => (window as unknown as CyHandle).twingraph.cy.getElementById('city:gomel').renderedPosition());
    expect(gomel.x).toBeLessThan(omsk.x);
    // The map under it: coastlines and borders from Natural Earth, moving with the graph's pan.
    await page.locator('.graph.with-map svg.basemap path.borders').waitFor({ state: 'attached' });
    expect((await page.getAttribute('svg.basemap path.borders', 'd'))!.length).toBeGreaterThan(1000);
    expect((await page.getAttribute('svg.basemap path.coast', 'd'))!.length).toBeGreaterThan(1000);
    const before = await page.getAttribute('svg.basemap g', 'transform');
    await page.focus('#cy');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getAttribute('svg.basemap g', 'transform')).not.toBe(before);
    await shot(page, '10-english-geographic');
  });

  it('loads the overview of the whole graph, with its statistics', async () => {
    await page.click('#overview');
    await expect.poll(() => visibleNodes(page).then((ids) => ids.length), { timeout: 15_000 }).toBeGreaterThan(50);
    expect(page.url()).toContain('overview=1');
    await expect.poll(() => page.textContent('.stats')).toContain('In the whole graph');
    expect(await page.locator('.stats ol.top-list').last().textContent()).toContain('Омск');
    // Undated relations cannot fall in a year range: a visible switch with their count says whether they show.
    const undated = () =>
      page.evaluate(() => (window as unknown as CyHandle).twingraph.cy.edges().filter((e) => !e.hasClass('filtered') && e.data('year') === null).length);
    const shownUndated = await undated();
    expect(shownUndated).toBeGreaterThan(0);
    expect(await page.textContent('label.undated-toggle')).toContain(`(${shownUndated})`);
    await page.uncheck('#undated');
    await expect.poll(undated).toBe(0);
    expect(page.url()).toContain('undated=0');
    await page.check('#undated');
    await expect.poll(undated).toBe(shownUndated);

    // Closing the similar-cities tool (its tab toggles) leaves the plain overview for the README.
    await page.click('#tab-similar');
    await shot(page, '11-overview');
  });

  it('says when the overview is cut, and by what: its limit, and the filters', async () => {
    const cut = await newPage();
    await cut.goto(`${base}?overview=1&limit=40&lang=en`);
    const notice = cut.locator('#cut-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('limit of 40 relations');
    expect(await cut.inputValue('#overview-limit')).toBe('40');
    const visible = () => cut.evaluate(() => (window as unknown as CyHandle).twingraph.cy.nodes().filter((n) => !n.hasClass('filtered')).map((n) => n.id()).length);
    const all = await visible();
    await cut.fill('#min-degree', '3');
    await cut.press('#min-degree', 'Enter');
    await expect.poll(visible).toBeLessThan(all);
    expect(cut.url()).toContain('minDegree=3');
    await shot(cut, '13-cut-overview');
    await cut.close();
  });

  it('sums the whole network up by country on a map; a country opens its overview, filtered to it', async () => {
    const agg = await newPage();
    await agg.goto(`${base}?lang=en`);
    await agg.click('#country-links-open');
    await agg.locator('#country-links-list li').first().waitFor();
    expect(agg.url()).toContain('countryLinks=1');
    const answer = (await (await fetch(`${base}api/country-links`)).json()) as { countries: Array<{ code: string }>; links: Array<{ source: string; target: string; links: number }> };
    const pair = answer.links.find((l) => l.source === 'BY' && l.target === 'RU')!;
    expect(await agg.textContent('#country-links-list li[data-pair="BY|RU"]')).toBe(`Belarus — Russia: ${pair.links}`);
    // Countries as nodes on the map, one edge per pair of countries carrying its count.
    const drawn = await agg.evaluate(() => {
      const cy = (window as unknown as { twingraph: { countryLinks: { cy: import('cytoscape').Core } } }).twingraph.countryLinks.cy;
      return { nodes: cy.nodes().map((n) => n.id()).sort(), edges: cy.edges().map((e) => [e.id(), e.data('links')]) };
    });
    expect(drawn.nodes).toEqual(answer.countries.map((c) => c.code).sort());
    expect(drawn.edges).toContainEqual(['BY|RU', pair.links]);
    await agg.locator('.country-links svg.basemap path.borders').waitFor({ state: 'attached' });
    expect((await agg.getAttribute('.country-links svg.basemap path.borders', 'd'))!.length).toBeGreaterThan(1000);
    await shot(agg, '15-country-links');
    // Belarus picked: the overview of its cities and their partners, the country filter set and changeable.
    await agg.click('#country-links [data-country="BY"]');
    await expect.poll(() => agg.locator('#country-links').isHidden()).toBe(true);
    await expect.poll(() => agg.url()).toContain('countries=BY');
    expect(agg.url()).toContain('overview=1');
    expect(agg.url()).not.toContain('countryLinks');
    expect(await agg.isChecked('input[name="country"][value="BY"]')).toBe(true);
    const ends = () =>
      agg.evaluate(() => {
        const cy = (window as unknown as { twingraph: { cy: import('cytoscape').Core } }).twingraph.cy;
        return cy.edges('.filtered').absoluteComplement().edges().map((e) => [e.source().data('country') as string, e.target().data('country') as string]);
      });
    await expect.poll(() => ends().then((e) => e.length), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const [a, b] of await ends()) expect([a, b]).toContain('BY');
    await shot(agg, '16-overview-by-country');
    // Unticking the country shows every country again, in the view and in the link.
    await agg.uncheck('input[name="country"][value="BY"]');
    await expect.poll(() => ends().then((e) => e.some(([a, b]) => a !== 'BY' && b !== 'BY')), { timeout: 15_000 }).toBe(true);
    expect(agg.url()).not.toContain('countries=');
    await agg.close();
  });

  it('lists the visible nodes and edges in a table, sortable, filterable, with a CSV download', async () => {
    await page.click('#show-table');
    await page.locator('#data-table tbody tr').first().waitFor();
    const visible = (await visibleNodes(page)).length;
    expect(await page.textContent('#table-count')).toContain(`${visible}`);
    await page.click('#data-table th button[data-column="degree"]');
    await page.click('#data-table th button[data-column="degree"]');
    const degrees = await page.locator('#data-table tbody tr td:nth-child(7)').evaluateAll((tds) => tds.slice(0, 10).map((td) => Number(td.textContent)));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    await page.fill('#table-filter', 'Omsk');
    await expect.poll(() => page.locator('#data-table tbody tr').count()).toBeLessThan(visible);
    const [nodesCsv] = await Promise.all([page.waitForEvent('download'), page.click('#table-csv')]);
    const text = await readFile((await nodesCsv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe('name,nameEn,kind,country,lat,lon,degree,id');
    expect(text).toMatch(/Омск,Omsk,City,RU,54\.\d+,73\.\d+/);
    await page.fill('#table-filter', '');
    await page.click('#table-edges');
    await page.fill('#table-filter', 'Gomel TWIN');
    await expect.poll(() => page.locator('#data-table tbody tr').count()).toBeGreaterThan(0);
    const [edgesCsv] = await Promise.all([page.waitForEvent('download'), page.click('#table-csv')]);
    const edges = await readFile((await edgesCsv.path())!, 'utf8');
    expect(edges.split('\r\n')[0]).toBe('source,kind,target,year,status,evidence,sources,id,quotes');
    expect(edges).toContain('omsk-2023.txt: ');
    await shot(page, '12b-table');
    await page.click('#table-close');
    expect(page.url()).not.toContain('table=');
  });

  it('says so in a banner when the API is down', async () => {
    const down = await newPage();
    await down.route('**/api/**', (route) => route.abort('connectionrefused'));
    await down.goto(base);
    await down.locator('#banner', { hasText: 'API' }).waitFor();
    await shot(down, '12-api-down');
    await down.close();
  });

  it('uploads a report for staff: a dry run of what it adds, then the import with progress', async () => {
    // A report written for this test (no dev text): a new city twinned with Omsk.
    const text = [
      'Отчёт администрации города Заречинска о международном сотрудничестве за 2025 год.',
      'В мае 2025 года подписано соглашение об установлении побратимских отношений между городом Заречинском и городом Омском.',
    ].join('\n');
    const up = await newPage();
    await up.goto(base);
    await up.click('#upload-open');
    await up.fill('#upload-token', TOKEN);
    await up.press('#upload-token', 'Tab');
    await up.setInputFiles('#upload-file', { name: 'zarechinsk-2025.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    const preview = up.locator('#upload-preview');
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.textContent()).toContain('zarechinsk-2025.txt');
    expect(await preview.textContent()).toMatch(/Новых сущностей \d+/);
    await shot(up, '14-upload-dry-run');
    // Nothing is written by the dry run.
    expect((await (await fetch(`${base}api/reports`)).json()).reports.map((r: { file: string }) => r.file)).not.toContain('zarechinsk-2025.txt');
    await up.click('#upload-confirm');
    await up.locator('#upload-outcome').waitFor({ timeout: 60_000 });
    expect(await up.textContent('#upload-outcome')).toContain('импортирован');
    expect((await (await fetch(`${base}api/reports`)).json()).reports.map((r: { file: string }) => r.file)).toContain('zarechinsk-2025.txt');
    await up.close();
  });

  it('refuses an upload with a wrong token, saying why', async () => {
    const up = await newPage();
    await up.goto(`${base}?lang=en`);
    await up.click('#upload-open');
    await up.fill('#upload-token', 'wrong');
    await up.press('#upload-token', 'Tab');
    await up.setInputFiles('#upload-file', { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('Текст.', 'utf8') });
    await up.locator('.upload-panel .notice').waitFor({ timeout: 30_000 });
    await up.close();
  });

  it('ran without a script error on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});

// The aggregate view (countries as nodes, twin links counted between them, for the whole network) over the
// graph: its own Cytoscape instance on the map, opened from the view panel and kept in the URL. A country
// picked there opens the overview filtered to it.
import cytoscape, { type Core } from 'cytoscape';
import type { CountryLinks } from '../api-types.js';
import { Basemap } from '../graph/basemap.js';
import { countryElements, type CountryNodeData } from '../graph/country-elements.js';
import { countryStylesheet } from '../graph/country-style.js';
import { geoProjection } from '../graph/projection.js';
import { messageOf } from '../ui/banner.js';
import { swap } from '../ui/chrome.js';
import { byId, h } from '../ui/dom.js';
import { countryLinksPanel } from '../ui/country-links-panel.js';
import { countryName, t } from '../i18n/index.js';
import { api } from './api.js';
import type { App } from './context.js';
import { commit } from './history.js';
import { overview } from './loaders.js';
import { apiFilters } from './state.js';

export interface CountryLinksView {
  /** What was asked (the source filter), so a change asks again. */
  key: string;
  data: CountryLinks | string;
  canvas: HTMLElement;
  cy: Core | null;
  basemap: Basemap | null;
  lang: string;
}

export function setCountryLinks(app: App, on: boolean): void {
  app.state.countryLinks = on;
  commit(app.state);
  renderCountryLinks(app);
}

/** Shows, updates or removes the view as the state says; cheap when nothing changed. */
export function renderCountryLinks(app: App): void {
  const box = byId('country-links');
  box.hidden = !app.state.countryLinks;
  if (!app.state.countryLinks) return close(app, box);
  const source = apiFilters(app.state.filters).source;
  const key = source ?? '';
  if (app.countryLinks?.key !== key) {
    close(app, box);
    const canvas = h('div', { class: 'country-links-graph' }, h('div', { id: 'country-links-cy', role: 'img', 'aria-label': t(app.state.lang, 'countryLinksTitle') }));
    const mine: CountryLinksView = { key, data: t(app.state.lang, 'loading'), canvas, cy: null, basemap: null, lang: '' };
    app.countryLinks = mine;
    api.countryLinks({ kinds: ['TWIN'], source }).then(
      (data) => mine === app.countryLinks && ((mine.data = data), renderCountryLinks(app)),
      (err) => mine === app.countryLinks && ((mine.data = messageOf(err, app.state.lang)), renderCountryLinks(app)),
    );
  }
  const view = app.countryLinks!;
  if (view.lang === app.state.lang && view.cy) return;
  view.lang = app.state.lang;
  swap('country-links', countryLinksPanel({ lang: app.state.lang, data: view.data, canvas: view.canvas, pick: (code) => pick(app, code), close: () => setCountryLinks(app, false) }));
  if (typeof view.data === 'string') return;
  if (view.cy) view.cy.nodes().forEach((n) => void n.data('label', countryName(app.state.lang, n.id())));
  else draw(view, view.data, app);
}

function draw(view: CountryLinksView, data: CountryLinks, app: App): void {
  const container = view.canvas.querySelector<HTMLElement>('#country-links-cy')!;
  const cy = cytoscape({ container, style: countryStylesheet(), minZoom: 0.2, maxZoom: 6, boxSelectionEnabled: false, autoungrabify: true });
  view.cy = cy;
  view.basemap = new Basemap(cy, view.canvas);
  cy.add(countryElements(data, app.state.lang));
  const placed = cy.nodes().filter((n) => n.data('lat') !== null && n.data('lon') !== null);
  const points = placed.map((n) => ({ lon: n.data('lon') as number, lat: n.data('lat') as number }));
  const projection = geoProjection(points, { width: cy.width() || 800, height: cy.height() || 500 });
  const positions: Record<string, { x: number; y: number }> = {};
  for (const n of placed) {
    const [x, y] = projection([n.data('lon') as number, n.data('lat') as number]) ?? [0, 0];
    positions[n.id()] = { x, y };
  }
  // A country none of whose entities has coordinates goes in a row under the map rather than on a wrong spot.
  const bottom = Math.max(0, ...Object.values(positions).map((p) => p.y)) + 80;
  cy.nodes().not(placed).forEach((n, i) => void (positions[n.id()] = { x: i * 60, y: bottom }));
  cy.layout({ name: 'preset', positions, fit: true, padding: 30, animate: false } as cytoscape.LayoutOptions).run();
  void view.basemap.show(projection);
  cy.on('tap', 'node', (e) => pick(app, (e.target.data() as CountryNodeData).id));
}

function close(app: App, box: HTMLElement): void {
  app.countryLinks?.cy?.destroy();
  app.countryLinks = null;
  box.replaceChildren();
}

/** A country's cities: the overview filtered to it, the aggregate view closed. */
function pick(app: App, code: string): void {
  app.state.countryLinks = false;
  app.state.filters.countries = [code];
  app.state.overview = true;
  commit(app.state);
  renderCountryLinks(app);
  void overview(app);
}

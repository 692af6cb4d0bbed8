// What the left panel's controls do: filters (with a debounced overview reload), the year player, language, clear.
import type { EdgeData } from '../graph/elements.js';
import { playYears, yearBounds } from '../graph/filters.js';
import { setLabels } from '../graph/view.js';
import { byId } from '../ui/dom.js';
import type { App } from './context.js';
import { commit } from './history.js';
import { loadStats, overview, stopPlayer } from './loaders.js';
import { renderReader } from './reader.js';
import { renderUpload } from './upload.js';
import { refresh } from './refresh.js';
import { render, renderFilters, translateStatic } from './render.js';
import { defaultState, type Filters } from './state.js';

const PLAY_STEP_MS = 900;
const OVERVIEW_RELOAD_MS = 600;

export function changeFilters(app: App, f: Partial<Filters>): void {
  Object.assign(app.state.filters, f);
  commit(app.state);
  void refresh(app, { layout: false });
  // The overview is filtered by the server too (its limit applies after the filters): ask again once the
  // person stops changing them; the year player only narrows what is loaded.
  if (app.state.overview && !app.player) {
    clearTimeout(app.overviewTimer);
    app.overviewTimer = setTimeout(() => void overview(app), OVERVIEW_RELOAD_MS);
  }
}

export function togglePlay(app: App): void {
  if (app.player) return stopPlay(app);
  const bounds = yearBounds(app.cy.edges().map((e) => e.data() as EdgeData));
  if (!bounds) return;
  const years = playYears(bounds);
  let i = 0;
  const step = () => {
    const year = years[i++];
    if (year === undefined) return stopPlay(app);
    changeFilters(app, { yearFrom: bounds.min, yearTo: year });
  };
  app.player = setInterval(step, PLAY_STEP_MS);
  step();
}

function stopPlay(app: App): void {
  stopPlayer(app);
  renderFilters(app);
}

export function setLang(app: App, lang: 'ru' | 'en'): void {
  app.state.lang = lang;
  commit(app.state);
  setLabels(app.cy, lang);
  translateStatic(app);
  if (typeof app.wholeStats === 'string') void loadStats(app);
  render(app);
  renderReader(app);
  renderUpload(app);
  byId('lang').focus();
}

export function clearView(app: App): void {
  stopPlay(app);
  const { lang, layout, size, colour } = app.state;
  app.state = { ...defaultState(), lang, layout, size, colour };
  app.store.clear();
  app.cut.clear();
  app.cy.elements().remove();
  app.entity = app.relation = app.toolResult = null;
  commit(app.state, true);
  void refresh(app, { layout: false });
}

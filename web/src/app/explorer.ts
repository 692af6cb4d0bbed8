// The explorer's start: creates the app, wires the page's fixed controls and history, and loads the view the
// URL describes. The work itself lives in the sibling modules (loaders, selection, tools, controls, render).
import { searchBox } from '../ui/search-box.js';
import { byId } from '../ui/dom.js';
import { createApp, type App } from './context.js';
import { setLang } from './controls.js';
import { fail } from './fail.js';
import { onHistory } from './history.js';
import { checkHealth, focusEntity, loadStats, loadView } from './loaders.js';
import { render, translateStatic } from './render.js';
import { bindGraphEvents } from './selection.js';
import { toggleUpload } from './upload.js';

export async function startExplorer(app: App = createApp()): Promise<App> {
  bindGraphEvents(app);
  byId('search').replaceChildren(
    searchBox({ id: 'search-input', lang: () => app.state.lang, label: 'searchLabel', onPick: (hit) => void focusEntity(app, hit), onError: (e) => fail(app, e) }),
  );
  byId('lang').addEventListener('click', () => setLang(app, app.state.lang === 'ru' ? 'en' : 'ru'));
  byId('upload-open').addEventListener('click', () => toggleUpload(app));
  onHistory((state) => {
    app.state = state;
    void loadView(app);
  });
  translateStatic(app);
  render(app);
  await checkHealth(app);
  await loadView(app);
  void loadStats(app);
  return app;
}

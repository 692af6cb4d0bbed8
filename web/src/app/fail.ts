// Shows an error in the banner in the page's language; an aborted request (a newer one replaced it) is no error.
import { showError } from '../ui/banner.js';
import type { App } from './context.js';

export function fail(app: App, err: unknown, retry?: () => void): void {
  if ((err as Error)?.name === 'AbortError') return;
  showError(err, app.state.lang, retry);
}

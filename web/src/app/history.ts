// The view state in the browser's history: every change replaces the URL, a new selection or answer pushes one
// (so Back returns to it), and Back/Forward rebuild the view from the URL.
import { parseState, serialiseState, type ViewState } from './state.js';

export function commit(state: ViewState, push = false): void {
  const url = `${location.pathname}${serialiseState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

export function onHistory(reload: (state: ViewState) => void): void {
  window.addEventListener('popstate', () => reload(parseState(location.search)));
}

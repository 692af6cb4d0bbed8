// The error banner (API down, missing routes, bad answers) and the loading indicator.
import { ApiError, onLoading } from '../app/api.js';
import { byId, h } from './dom.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../i18n/index.js';

export function watchLoading(lang: () => Lang): void {
  const bar = byId('loading');
  onLoading((n) => {
    bar.hidden = n === 0;
    bar.textContent = t(lang(), 'loading');
    document.body.setAttribute('aria-busy', String(n > 0));
  });
}

/** A person-readable message for an error, in the page's language. */
export function messageOf(err: unknown, lang: Lang): string {
  if (err instanceof ApiError) {
    if (err.kind === 'down') return err.status === 503 ? t(lang, 'dbDown') : t(lang, 'apiDown');
    if (err.kind === 'missing-route') return t(lang, 'missingRoute', { path: decodeURIComponent(err.path.split('?')[0]!) });
    if (err.kind === 'not-found') return t(lang, 'notFound', { what: err.message });
    if (err.kind === 'busy') return t(lang, 'busy');
    return err.message;
  }
  return (err as Error)?.message ?? String(err);
}

export function showError(err: unknown, lang: Lang, retry?: () => void): void {
  const banner = byId('banner');
  banner.replaceChildren(
    h('span', {}, messageOf(err, lang)),
    retry ? h('button', { onclick: () => (hideError(), retry()) }, t(lang, 'retry')) : '',
    h('button', { class: 'icon', 'aria-label': t(lang, 'close'), onclick: hideError }, '×'),
  );
  banner.hidden = false;
}

export function hideError(): void {
  byId('banner').hidden = true;
}

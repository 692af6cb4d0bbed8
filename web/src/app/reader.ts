// Opening a report's text at a quoted sentence (from any evidence link, or a shared URL) and closing it.
import type { ReportDetail } from '../api-types.js';
import { t } from '../i18n/index.js';
import { messageOf } from '../ui/banner.js';
import { swap } from '../ui/chrome.js';
import { byId } from '../ui/dom.js';
import { reportReader, scrollToMark } from '../ui/report-reader.js';
import { api } from './api.js';
import type { App } from './context.js';
import { commit } from './history.js';

/** Reports already read in this page, so going back and forth between quotes does not fetch them again. */
const cache = new Map<string, ReportDetail>();

export async function openReport(app: App, report: string, start: number | null, end: number | null, save = true): Promise<void> {
  app.state.report = report;
  app.state.at = start !== null && end !== null && start < end ? { start, end } : null;
  if (save) commit(app.state, true);
  app.reader = cache.get(report) ?? t(app.state.lang, 'loading');
  renderReader(app);
  if (cache.has(report)) return;
  try {
    const detail = await api.report(report);
    cache.set(report, detail);
    if (app.state.report === report) app.reader = detail;
  } catch (err) {
    if (app.state.report === report) app.reader = messageOf(err, app.state.lang);
  }
  renderReader(app);
}

export function closeReport(app: App): void {
  app.state.report = null;
  app.state.at = null;
  app.reader = null;
  commit(app.state, true);
  renderReader(app);
}

export function renderReader(app: App): void {
  const box = byId('reader');
  box.hidden = app.reader === null;
  if (app.reader === null) return box.replaceChildren();
  swap('reader', reportReader({ lang: app.state.lang, report: app.reader, at: app.state.at, close: () => closeReport(app) }));
  if (typeof app.reader !== 'string') requestAnimationFrame(scrollToMark);
}

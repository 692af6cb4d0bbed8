// The upload panel for staff: the API token, a drop zone for a report file, the dry run's preview (what would
// be new), the confirm button, progress, and the outcome.
import type { ImportOutcome, ImportPreview } from '../api-types.js';
import { entityKindLabel, relationKindLabel, t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';

export type UploadStep =
  | { step: 'pick' }
  | { step: 'checking'; file: File; sent: number; total: number }
  | { step: 'preview'; file: File; preview: ImportPreview }
  | { step: 'importing'; file: File; sent: number; total: number }
  | { step: 'done'; outcome: ImportOutcome }
  | { step: 'failed'; message: string };

export interface UploadContext {
  lang: Lang;
  token: string;
  state: UploadStep;
  setToken(token: string): void;
  choose(file: File): void;
  confirm(): void;
  reset(): void;
  close(): void;
}

/** New entities and facts listed in the preview; the counts cover the rest. */
const LISTED = 20;

export function uploadPanel(c: UploadContext): HTMLElement {
  const { lang, state: s } = c;
  const body: Array<HTMLElement | null> = [];
  if (s.step === 'pick' || s.step === 'failed') body.push(dropZone(c));
  if (s.step === 'failed') body.push(h('p', { class: 'notice', role: 'alert' }, s.message));
  if (s.step === 'checking' || s.step === 'importing') {
    body.push(
      h('p', {}, t(lang, s.step === 'checking' ? 'uploadChecking' : 'uploadImporting', { file: s.file.name })),
      h('progress', { id: 'upload-progress', max: s.total || 1, value: s.sent }),
      h('p', { class: 'muted small' }, s.sent >= s.total ? t(lang, 'uploadWaiting') : t(lang, 'uploadSent', { sent: kb(s.sent), total: kb(s.total) })),
    );
  }
  if (s.step === 'preview') body.push(preview(lang, s.preview), h('div', { class: 'row' }, h('button', { class: 'primary', id: 'upload-confirm', onclick: c.confirm, disabled: s.preview.status === 'unchanged' }, t(lang, 'uploadConfirm')), h('button', { onclick: c.reset }, t(lang, 'uploadCancel'))));
  if (s.step === 'done') {
    const o = s.outcome;
    body.push(h('p', { id: 'upload-outcome', role: 'status' }, t(lang, 'uploadDone', { file: o.file, status: statusLabel(lang, o.status), entities: o.entities, relations: o.relations })), h('button', { onclick: c.reset }, t(lang, 'uploadAnother')));
  }
  return h(
    'article',
    { class: 'upload-panel', 'aria-labelledby': 'upload-title', onkeydown: (e: Event) => (e as KeyboardEvent).key === 'Escape' && c.close() },
    h('header', {}, h('h2', { id: 'upload-title' }, t(lang, 'uploadTitle')), h('button', { class: 'icon', id: 'upload-close', 'aria-label': t(lang, 'close'), onclick: c.close }, '×')),
    h(
      'label',
      { class: 'select', for: 'upload-token' },
      t(lang, 'uploadToken'),
      h('input', { id: 'upload-token', type: 'password', autocomplete: 'off', value: c.token, onchange: (e: Event) => c.setToken((e.target as HTMLInputElement).value.trim()) }),
    ),
    ...body,
  );
}

function dropZone(c: UploadContext): HTMLElement {
  const input = h('input', { id: 'upload-file', type: 'file', accept: '.txt,.md,.docx,.pdf', onchange: (e: Event) => pickFrom((e.target as HTMLInputElement).files, c) });
  return h(
    'div',
    {
      class: 'drop-zone',
      id: 'drop-zone',
      ondragover: (e: Event) => (e.preventDefault(), (e.currentTarget as HTMLElement).classList.add('over')),
      ondragleave: (e: Event) => (e.currentTarget as HTMLElement).classList.remove('over'),
      ondrop: (e: Event) => (e.preventDefault(), pickFrom((e as DragEvent).dataTransfer?.files ?? null, c)),
    },
    h('p', {}, t(c.lang, 'uploadDrop')),
    h('label', { class: 'button' }, t(c.lang, 'uploadChoose'), input),
    !c.token ? h('p', { class: 'muted small' }, t(c.lang, 'uploadNeedToken')) : null,
  );
}

function pickFrom(files: FileList | null, c: UploadContext): void {
  const file = files?.[0];
  if (file) c.choose(file);
}

function preview(lang: Lang, p: ImportPreview): HTMLElement {
  return h(
    'section',
    { id: 'upload-preview', 'aria-label': t(lang, 'uploadPreview') },
    h('h3', {}, t(lang, 'uploadPreview'), `: ${p.file}`),
    h('p', {}, t(lang, 'uploadWould', { status: statusLabel(lang, p.status) }), p.replaced.length ? ` (${t(lang, 'uploadReplaces', { n: p.replaced.length })})` : ''),
    h('p', {}, t(lang, 'uploadCounts', { entities: p.entities.new, entitiesKnown: p.entities.known, relations: p.relations.new, relationsKnown: p.relations.known })),
    p.newEntities.length > 0 && h('h4', {}, t(lang, 'uploadNewEntities')),
    p.newEntities.length > 0 && h('ul', { class: 'small' }, p.newEntities.slice(0, LISTED).map((e) => h('li', {}, `${e.name} · ${entityKindLabel(lang, e.kind)}`))),
    p.newRelations.length > 0 && h('h4', {}, t(lang, 'uploadNewRelations')),
    p.newRelations.length > 0 &&
      h('ul', { class: 'small' }, p.newRelations.slice(0, LISTED).map((r) => h('li', {}, `${r.source} — ${relationKindLabel(lang, r.kind)} — ${r.target}${r.year !== null ? ` (${r.year})` : ''}`, r.quote ? h('div', { class: 'muted' }, r.quote) : null))),
    p.skipped.length > 0 && h('p', { class: 'muted small' }, t(lang, 'uploadSkipped', { n: p.skipped.length })),
  );
}

function statusLabel(lang: Lang, status: ImportPreview['status']): string {
  return t(lang, status === 'imported' ? 'importStatusImported' : status === 'replaced' ? 'importStatusReplaced' : 'importStatusUnchanged');
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

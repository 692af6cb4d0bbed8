// The upload flow for staff: choose or drop a file, dry run, confirm, import with progress, then reload the
// view and the statistics so the new facts show. The token stays in this tab only (sessionStorage).
import type { ImportOutcome, ImportPreview } from '../api-types.js';
import { messageOf } from '../ui/banner.js';
import { swap } from '../ui/chrome.js';
import { byId } from '../ui/dom.js';
import { uploadPanel, type UploadStep } from '../ui/upload-panel.js';
import type { App } from './context.js';
import { loadStats, loadView } from './loaders.js';
import { upload } from './upload-api.js';

const TOKEN_KEY = 'twingraph-token';
let step: UploadStep | null = null;

export function toggleUpload(app: App): void {
  step = step ? null : { step: 'pick' };
  renderUpload(app);
  if (step) byId('upload-token').focus();
}

function set(app: App, next: UploadStep | null): void {
  step = next;
  renderUpload(app);
}

async function check(app: App, file: File): Promise<void> {
  set(app, { step: 'checking', file, sent: 0, total: file.size });
  try {
    const preview = await upload<ImportPreview>(file, token(), true, (sent, total) => set(app, { step: 'checking', file, sent, total }));
    set(app, { step: 'preview', file, preview });
  } catch (err) {
    set(app, { step: 'failed', message: messageOf(err, app.state.lang) });
  }
}

async function confirm(app: App, file: File): Promise<void> {
  set(app, { step: 'importing', file, sent: 0, total: file.size });
  try {
    const outcome = await upload<ImportOutcome>(file, token(), false, (sent, total) => set(app, { step: 'importing', file, sent, total }));
    set(app, { step: 'done', outcome });
    await loadView(app);
    void loadStats(app);
  } catch (err) {
    set(app, { step: 'failed', message: messageOf(err, app.state.lang) });
  }
}

const token = () => sessionStorage.getItem(TOKEN_KEY) ?? '';

export function renderUpload(app: App): void {
  const box = byId('upload');
  box.hidden = step === null;
  if (step === null) return box.replaceChildren();
  const current = step;
  swap(
    'upload',
    uploadPanel({
      lang: app.state.lang,
      token: token(),
      state: current,
      setToken: (v) => (sessionStorage.setItem(TOKEN_KEY, v), renderUpload(app)),
      choose: (file) => void check(app, file),
      confirm: () => current.step === 'preview' && void confirm(app, current.file),
      reset: () => set(app, { step: 'pick' }),
      close: () => set(app, null),
    }),
  );
}

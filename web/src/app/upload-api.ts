// Uploading a report through POST /api/reports with the staff token: first a dry run, then the import, with
// the bytes sent reported as they go (XMLHttpRequest, since fetch reports no upload progress).
import type { ImportOutcome, ImportPreview } from '../api-types.js';
import { ApiError, classify } from './api.js';

export type Progress = (sent: number, total: number) => void;

export function upload<T extends ImportPreview | ImportOutcome>(file: File, token: string, dryRun: boolean, onProgress: Progress = () => {}): Promise<T> {
  const path = `/api/reports?dryRun=${dryRun}`;
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ApiError('down', 0, 'The API is not reachable.', path));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const b = body as { code?: string; message?: string } | null;
      reject(new ApiError(classify(xhr.status, b), xhr.status, b?.message ?? xhr.statusText, path));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

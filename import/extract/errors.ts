// Errors of the extraction stages that a user can act on: each names the file and says in one line what is wrong.

import { basename } from 'node:path';

export type ReportErrorCode =
  | 'NOT_FOUND'
  | 'NOT_A_FILE'
  | 'UNREADABLE'
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_EXTENSION'
  | 'BINARY'
  | 'ENCODING'
  | 'CORRUPT'
  | 'ENCRYPTED'
  | 'NO_TEXT_LAYER'
  | 'NO_RUSSIAN';

/**
 * A report that cannot be read or used. `message` is `"<file name>: <reason>"`, one line;
 * `file` is the file name (no directories), `path` the path as given, `reason` the bare reason,
 * and `cause` the underlying error, when there was one.
 */
export class ReportError extends Error {
  readonly code: ReportErrorCode;
  readonly file: string;
  readonly path: string;
  readonly reason: string;

  constructor(path: string, code: ReportErrorCode, reason: string, options?: { cause?: unknown }) {
    const oneLine = reason.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const file = basename(path) || path;
    super(`${file}: ${oneLine}`, options && 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'ReportError';
    this.code = code;
    this.file = file;
    this.path = path;
    this.reason = oneLine;
  }
}

export function isReportError(e: unknown): e is ReportError {
  return e instanceof ReportError;
}

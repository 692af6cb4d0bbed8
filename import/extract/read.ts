// Reading a report file into text: .txt and .md in UTF-8, Windows-1251 or KOI8-R; .docx; .pdf with a text layer.
// Anything unusable is a ReportError naming the file and saying why in one line. Decoding text files is in
// decode-text.ts (which says how the encoding is chosen), the document formats in read-docx.ts and read-pdf.ts.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { countCyrillicLetters, decodeText, type TextEncoding } from './decode-text.js';
import { ReportError } from './errors.js';
import { readDocx } from './read-docx.js';
import { readPdf } from './read-pdf.js';

export type ReportFormat = 'txt' | 'md' | 'docx' | 'pdf';

export interface ReportSource {
  /** The file name, without directories. */
  file: string;
  /** The text as read: decoded, BOM stripped, otherwise untouched (see normalise.ts for the rest). */
  raw: string;
  /** The file's bytes, as on disk (for the content hash). */
  bytes: Buffer;
  format: ReportFormat;
  /** The encoding a text file was read in; null for .docx and .pdf. */
  encoding: TextEncoding | null;
}

/** Files larger than this are refused. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;
/** A report with fewer Cyrillic letters than this is not a Russian report. */
export const MIN_CYRILLIC_LETTERS = 20;
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.docx', '.pdf'];

const FORMATS: Record<string, ReportFormat> = { '.txt': 'txt', '.md': 'md', '.docx': 'docx', '.pdf': 'pdf' };

/** Reads a report file and returns its text; throws a ReportError when it cannot be used. */
export async function readReport(path: string): Promise<ReportSource> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new ReportError(path, 'NOT_A_FILE', 'is a directory, not a report file');
    if (!st.isFile()) throw new ReportError(path, 'NOT_A_FILE', 'is not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof ReportError) throw e;
    throw fsError(path, e);
  }

  const format = checkFormat(path, size);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw fsError(path, e);
  }
  return decodeReport(path, bytes, format);
}

/**
 * A report from bytes already in memory (an upload), named by `file` for its type and in messages; the same
 * checks and decoding as readReport.
 */
export async function readReportBytes(file: string, bytes: Buffer): Promise<ReportSource> {
  return decodeReport(file, bytes, checkFormat(file, bytes.length));
}

function checkFormat(path: string, size: number): ReportFormat {
  const ext = extname(path).toLowerCase();
  const format = FORMATS[ext];
  if (!format) {
    const what = ext ? `unsupported file type "${ext}"` : 'no file extension';
    throw new ReportError(path, 'UNSUPPORTED_EXTENSION', `${what}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
  if (size === 0) throw new ReportError(path, 'EMPTY', 'the file is empty');
  if (size > MAX_REPORT_BYTES) {
    throw new ReportError(
      path,
      'TOO_LARGE',
      `the file is too large (${mb(size)}; the limit is ${mb(MAX_REPORT_BYTES)})`,
    );
  }
  return format;
}

async function decodeReport(path: string, bytes: Buffer, format: ReportFormat): Promise<ReportSource> {
  const file = basename(path);
  let raw: string;
  let encoding: TextEncoding | null = null;
  if (format === 'txt' || format === 'md') {
    ({ text: raw, encoding } = decodeText(path, bytes));
  } else if (format === 'docx') {
    raw = await readDocx(path, bytes);
  } else {
    raw = await readPdf(path, bytes);
  }

  if (raw.trim() === '') throw new ReportError(path, 'EMPTY', 'the file contains no text');
  const cyrillic = countCyrillicLetters(raw, MIN_CYRILLIC_LETTERS);
  if (cyrillic < MIN_CYRILLIC_LETTERS) {
    throw new ReportError(
      path,
      'NO_RUSSIAN',
      `no Russian text found (${cyrillic} Cyrillic letters; a report needs at least ${MIN_CYRILLIC_LETTERS})`,
    );
  }
  return { file, raw, bytes, format, encoding };
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function fsError(path: string, e: unknown): ReportError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new ReportError(path, 'NOT_FOUND', 'file not found', { cause: e });
  if (code === 'EISDIR') return new ReportError(path, 'NOT_A_FILE', 'is a directory, not a report file', { cause: e });
  if (code === 'EACCES' || code === 'EPERM') {
    return new ReportError(path, 'UNREADABLE', 'permission denied', { cause: e });
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new ReportError(path, 'UNREADABLE', `cannot read the file: ${msg}`, { cause: e });
}

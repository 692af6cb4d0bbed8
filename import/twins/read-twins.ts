// Reads a twin-list CSV (header required) into records with their line numbers and text as written; rows the
// CSV parser cannot read are kept as rejections with their line.
import { parse } from 'csv-parse/sync';

export const REQUIRED_COLUMNS = ['city1', 'country1', 'city2', 'country2'] as const;
export const OPTIONAL_COLUMNS = ['since', 'source'] as const;

export interface CsvRecord {
  line: number;
  /** The row as written, without its line break. */
  raw: string;
  fields: string[];
}

export interface CsvRejection {
  line: number;
  reason: string;
  raw: string;
}

export interface TwinCsv {
  /** Column name → field index. */
  columns: Map<string, number>;
  records: CsvRecord[];
  rejected: CsvRejection[];
}

export class TwinListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TwinListError';
  }
}

export function readTwinCsv(text: string): TwinCsv {
  // csv-parse counts a CRLF inside a LF file (or inside a quoted field) as two lines: one line ending keeps
  // the line numbers true.
  const source = text.replace(/\r\n?/g, '\n');
  const sourceLines = source.split('\n');
  const rejected = new Map<number, CsvRejection>();
  const rows = parse(source, {
    bom: true,
    trim: true,
    raw: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (err: { message: string; lines?: number } | undefined) => {
      const line = err?.lines ?? 0;
      const reason = (err?.message ?? 'unreadable').replace(/ at line \d+.*$/, '').replace(/:.*$/, '').toLowerCase();
      // One broken row can raise several parser errors; the first names it.
      if (!rejected.has(line)) rejected.set(line, { line, reason: `malformed row (${reason})`, raw: sourceLines[line - 1] ?? '' });
    },
  }) as unknown as Array<{ record: string[]; raw: string; info: { lines: number } }>;
  const [header, ...body] = rows;
  const columns = new Map((header?.record ?? []).map((name, i) => [name.trim().toLowerCase(), i]));
  const lacking = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (!header || lacking.length > 0) {
    throw new TwinListError(
      `the first line must be a header with columns ${REQUIRED_COLUMNS.join(',')} (optional: ${OPTIONAL_COLUMNS.join(',')}); missing: ${lacking.join(', ')}`,
    );
  }
  const records = body.map((r) => {
    const raw = r.raw.replace(/\n$/, '');
    // info.lines is where a record ends; a quoted field may span lines, so count back to where it starts.
    const line = r.info.lines - (raw.match(/\n/g)?.length ?? 0);
    return { line, raw, fields: r.record };
  });
  return { columns, records, rejected: [...rejected.values()] };
}

// A statement: one source's sentence (or CSV row) stating a fact. Each Statement node keeps its entry as `evidence`,
// a JSON string (the API's evidence lists are these, read from a fact's statements) with a fixed key order, so the
// same statement is always the same string (and gets the same statement id).

export interface EvidenceEntry {
  /** The report id, for a statement from a report. */
  report?: string;
  quote: string | null;
  /** Offsets into the report's normalised text. */
  start?: number | null;
  end?: number | null;
  year?: number | null;
  month?: number | null;
  confidence?: number;
  /** `report`, or `csv:<file name>` for a twin list. */
  source: string;
  /** The CSV line, for a statement from a twin list. */
  line?: number;
}

const ORDER: Array<keyof EvidenceEntry> = ['report', 'source', 'quote', 'start', 'end', 'line', 'year', 'month', 'confidence'];

/** One entry as JSON with a fixed key order. */
export function evidenceJson(e: EvidenceEntry): string {
  const ordered: Record<string, unknown> = {};
  for (const k of ORDER) if (e[k] !== undefined) ordered[k] = e[k];
  return JSON.stringify(ordered);
}

export function parseEvidence(json: string): EvidenceEntry {
  return JSON.parse(json) as EvidenceEntry;
}

/** What an entry counts as support from: its report id, or its CSV source. */
export function supporterOf(e: EvidenceEntry): string {
  return e.report ?? e.source;
}

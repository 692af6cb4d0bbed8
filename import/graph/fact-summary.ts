// What a source's new statements add to each fact's summary, summed up from those statements alone (the write never
// reads a fact's other statements, so its cost does not grow with how many sources state the fact; merge-facts.cypher
// folds these into the summary the fact holds).
import type { StatementRow } from './statements.js';

export interface FactDelta {
  fact: string;
  /** New statements of the fact. */
  count: number;
  /** Sources ('report', `csv:<file>`), each once, in the statements' time order. */
  sources: string[];
  confidence: number | null;
  firstYear: number | null;
  lastYear: number | null;
  /** Each year the statements date with a month, with its earliest month. */
  monthByYear: Array<{ year: number; month: number }>;
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The statements' time order (year, month, support, seq; undated last), as the readers list evidence. */
function byTime(a: StatementRow, b: StatementRow): number {
  const k = (s: StatementRow) => [num(s.props['year']) ?? Infinity, num(s.props['month']) ?? Infinity] as const;
  const [ya, ma] = k(a);
  const [yb, mb] = k(b);
  if (ya !== yb) return ya - yb;
  if (ma !== mb) return ma - mb;
  const sa = String(a.props['support']);
  const sb = String(b.props['support']);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return (num(a.props['seq']) ?? 0) - (num(b.props['seq']) ?? 0);
}

/** Per fact, what these statements add to its summary. */
export function factDeltas(statements: StatementRow[]): FactDelta[] {
  const byFact = new Map<string, StatementRow[]>();
  for (const s of statements) {
    const fact = String(s.props['fact']);
    const list = byFact.get(fact);
    if (list) list.push(s);
    else byFact.set(fact, [s]);
  }
  return [...byFact].map(([fact, rows]) => {
    if (rows.length === 1) return oneStatement(fact, rows[0]!);
    rows.sort(byTime);
    const years = rows.map((s) => num(s.props['year'])).filter((y): y is number => y !== null);
    const confidences = rows.map((s) => num(s.props['confidence'])).filter((c): c is number => c !== null);
    const months = new Map<number, number>();
    for (const s of rows) {
      const year = num(s.props['year']);
      const month = num(s.props['month']);
      if (year !== null && month !== null && !(month >= (months.get(year) ?? Infinity))) months.set(year, month);
    }
    return {
      fact,
      count: rows.length,
      sources: [...new Set(rows.map((s) => String(s.props['source'])))],
      confidence: confidences.length > 0 ? Math.max(...confidences) : null,
      firstYear: years.length > 0 ? Math.min(...years) : null,
      lastYear: years.length > 0 ? Math.max(...years) : null,
      monthByYear: [...months].map(([year, month]) => ({ year, month })),
    };
  });
}

/** A fact's delta from its one new statement (most of a twin list's facts), without the lists and sets above. */
function oneStatement(fact: string, s: StatementRow): FactDelta {
  const year = num(s.props['year']);
  const month = num(s.props['month']);
  return {
    fact,
    count: 1,
    sources: [String(s.props['source'])],
    confidence: num(s.props['confidence']),
    firstYear: year,
    lastYear: year,
    monthByYear: year !== null && month !== null ? [{ year, month }] : [],
  };
}

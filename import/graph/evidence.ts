// Evidence entries (stored as JSON strings, since Neo4j lists cannot hold maps) and the fact's
// properties that follow from them: supporting reports, sources, confidence, year and month.
import { factKeyFields } from '../../neo4j/model/fact.js';
import type { RelationKind } from '../../neo4j/model/kinds.js';
import { parseEvidence, supporterOf } from '../../neo4j/model/evidence.js';



export interface FactProps {
  year: number | null;
  month: number | null;
  status: string | null;
  confidence: number | null;
  reports: string[];
  sources: string[];
  evidence: string[];
}

/** Entries in first-seen order, each string once. */
export function unionEvidence(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * The properties of a fact with this identity and evidence. Year and month come from the key when it
 * holds them, else from the earliest dated evidence (a twin link mentioned in 2016 and 2023 dates from 2016).
 */
export function factProps(kind: RelationKind, key: string, evidence: string[]): FactProps {
  const entries = evidence.map(parseEvidence);
  const fixed = factKeyFields(kind, key);
  const dated = entries
    .filter((e) => e.year != null)
    .sort((a, b) => a.year! - b.year! || (a.month ?? 13) - (b.month ?? 13));
  const earliest = dated[0];
  const year = fixed.year !== undefined ? fixed.year : (earliest?.year ?? null);
  const month =
    fixed.month !== undefined ? fixed.month : (dated.find((e) => e.year === year && e.month != null)?.month ?? null);
  const confidences = entries.map((e) => e.confidence).filter((c): c is number => typeof c === 'number');
  return {
    year,
    month,
    status: fixed.status ?? null,
    confidence: confidences.length > 0 ? Math.max(...confidences) : null,
    reports: [...new Set(entries.map(supporterOf))],
    sources: [...new Set(entries.map((e) => e.source))],
    evidence: [...evidence],
  };
}

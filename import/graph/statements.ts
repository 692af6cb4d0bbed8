// Each thing a source states, as its own Statement row: one per (fact, evidence entry), with the fact's identity,
// who states it and what the evidence says (quote, offsets or CSV line, year, month, status, confidence).
import { createHash } from 'node:crypto';
import type { FactRow } from './batch.js';
import { parseEvidence, supporterOf } from '../../neo4j/model/evidence.js';
import { factIdentity, factKeyFields as keyFields } from '../../neo4j/model/fact.js';
import type { RelationKind } from '../../neo4j/model/kinds.js';

export interface StatementRow {
  id: string;
  props: Record<string, unknown>;
}

/** The statements of one source's fact rows; ids depend only on the source, the fact and the evidence. */
export function statementRows(facts: FactRow[]): StatementRow[] {
  const rows: StatementRow[] = [];
  for (const f of facts) {
    const fact = factIdentity(f);
    const status = keyFields(f.kind, f.key).status ?? null;
    f.evidence.forEach((json, seq) => {
      const e = parseEvidence(json);
      const support = supporterOf(e);
      const id = `s-${createHash('sha1').update(`${support}\u0000${fact}\u0000${json}`).digest('hex').slice(0, 24)}`;
      rows.push({
        id,
        props: {
          fact,
          support,
          source: e.source,
          evidence: json,
          quote: e.quote ?? null,
          start: e.start ?? null,
          end: e.end ?? null,
          line: e.line ?? null,
          year: e.year ?? null,
          month: e.month ?? null,
          status,
          confidence: e.confidence ?? null,
          seq,
        },
      });
    });
  }
  return rows;
}

/** Which of year and month a fact's key fixes (then its summary keeps them; else they follow its statements). */
export function fixedFields(kind: RelationKind, key: string): { fixedYear: boolean; fixedMonth: boolean; fixed: Record<string, unknown> } {
  const f = keyFields(kind, key);
  const fixed: Record<string, unknown> = {};
  for (const k of ['year', 'month', 'status'] as const) if (f[k] !== undefined) fixed[k] = f[k];
  return { fixedYear: f.year !== undefined, fixedMonth: f.month !== undefined, fixed };
}

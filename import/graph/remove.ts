// Takes a source out inside the caller's transaction, all in Cypher: its statements go, the facts they stated are
// re-derived from the statements left (deleted when none is), the entities lose its support (deleted when nothing
// holds them), and the Report node goes.
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_KINDS } from '../../neo4j/model/kinds.js';
import { fixedFields } from './statements.js';
import { parseFactIdentity } from '../../neo4j/model/fact.js';
import { run } from '../../neo4j/db/tx.js';
import { refreshFacts } from './write.js';
import type { RemovalOutcome } from '../../neo4j/contract/report.js';

/** What taking a source out did to the facts and entities it supported: gone, or kept with other support. */
export type RemovalCounts = Omit<RemovalOutcome, 'id' | 'file'>;

export async function removeReport(tx: ManagedTransaction, reportId: string): Promise<RemovalCounts> {
  const [stated] = await run<{ facts: string[] }>(tx, 'remove-statements', { source: reportId });
  const rank = (fact: string) => RELATION_KINDS.indexOf(parseFactIdentity(fact).kind);
  const facts = [...(stated?.facts ?? [])].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const locked = facts.length === 0 ? [] : await run<{ fact: string; rid: string }>(tx, 'lock-stated-facts', {
    rows: facts.map((fact) => {
      const { kind, ...ends } = parseFactIdentity(fact);
      return { type: kind, ...ends, fact };
    }),
  });
  const { deleted: relationsDeleted, refreshed } = await refreshFacts(
    tx,
    locked.map(({ fact, rid }) => {
      const { kind, key } = parseFactIdentity(fact);
      const { fixedYear, fixedMonth } = fixedFields(kind, key);
      return { fact, rid, fixedYear, fixedMonth };
    }),
  );
  const ids = (await run<{ id: string }>(tx, 'lock-report-entities', { reportId })).map((r) => r.id);
  const [gone] = ids.length === 0 ? [] : await run<{ deleted: number }>(tx, 'remove-entities', { ids, source: reportId });
  await run(tx, 'remove-report', { id: reportId });
  const entitiesDeleted = Number(gone?.deleted ?? 0);
  return {
    relationsDeleted,
    relationsKept: refreshed - relationsDeleted,
    entitiesDeleted,
    entitiesKept: ids.length - entitiesDeleted,
  };
}

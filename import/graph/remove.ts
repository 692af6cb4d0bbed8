// Takes a source out inside the caller's transaction, all in Cypher: its statements go, the facts they stated are
// re-derived from the statements left (deleted when none is), the entities lose its support (deleted when nothing
// holds them), and the Report node goes.
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATION_KINDS as REL_TYPES } from '../../neo4j/model/kinds.js';
import { fixedFields, parseFactId } from './statements.js';
import { run } from '../../neo4j/db/tx.js';
import { refreshFacts } from './write.js';

export interface RemovalStats {
  relsDeleted: number;
  relsUpdated: number;
  nodesDeleted: number;
  nodesUpdated: number;
}

export async function removeReport(tx: ManagedTransaction, reportId: string): Promise<RemovalStats> {
  const [stated] = await run<{ facts: string[] }>(tx, 'delete-statements', { source: reportId });
  const rank = (fact: string) => REL_TYPES.indexOf(parseFactId(fact).type);
  const facts = [...(stated?.facts ?? [])].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const locked = facts.length === 0 ? [] : await run<{ fact: string; rid: string }>(tx, 'lock-stated-facts', {
    rows: facts.map((fact) => ({ ...parseFactId(fact), fact })),
  });
  const { deleted: relsDeleted, refreshed } = await refreshFacts(
    tx,
    locked.map(({ fact, rid }) => {
      const { type, key } = parseFactId(fact);
      const { fixedYear, fixedMonth } = fixedFields(type, key);
      return { fact, rid, fixedYear, fixedMonth };
    }),
  );
  const ids = (await run<{ id: string }>(tx, 'lock-report-entities', { reportId })).map((r) => r.id);
  const [gone] = ids.length === 0 ? [] : await run<{ deleted: number }>(tx, 'withdraw-entities', { ids, source: reportId });
  await run(tx, 'delete-report', { id: reportId });
  const nodesDeleted = Number(gone?.deleted ?? 0);
  return { relsDeleted, relsUpdated: refreshed - relsDeleted, nodesDeleted, nodesUpdated: ids.length - nodesDeleted };
}

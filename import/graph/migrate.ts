// Brings a graph from before the statement model up to it, on start: the shared :Entity/:Source labels, then a
// Statement for every evidence entry of every fact (a TwinList node for each twin list), so facts are re-derived
// from statements like any new import's; last, the lists that grew with every source (the evidence and report ids
// facts kept, the report ids entities kept) give way to statements and Mention nodes. A no-op once done; safe to
// interrupt and run again.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { cypher } from '../../neo4j/db/cypher.js';
import type { FactRow } from './batch.js';
import { isRelationKind } from '../../neo4j/model/kinds.js';
import { statementRows } from './statements.js';
import { factIdentity } from '../../neo4j/model/fact.js';
import { run, withIntegers } from '../../neo4j/db/tx.js';
import { lockFacts, refreshFacts } from './write.js';
import { csvFileOf } from '../../neo4j/model/ids.js';

const PAGE = 500;

export async function migrateToStatements(db: GraphDb, log: (line: string) => void = () => {}): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(cypher('migrate-labels'));
  } finally {
    await session.close();
  }
  let migrated = 0;
  for (;;) {
    const page = await db.writeTx(async (tx) => {
      const rows = await run<{ type: string; source: string; target: string; key: string; evidence: string[] }>(tx, 'unmigrated-facts', { limit: PAGE });
      const facts: FactRow[] = rows.filter((r) => isRelationKind(r.type)).map(({ type, ...r }) => ({ ...r, kind: type as FactRow['kind'] }));
      if (facts.length === 0) return 0;
      const statements = statementRows(facts);
      for (const support of new Set(statements.map((s) => String(s.props['support'])))) {
        const file = csvFileOf(support);
        if (file !== null) await run(tx, 'merge-twin-list', { id: support, file });
      }
      const locked = await lockFacts(tx, facts);
      for (const [support, group] of groupBy(statements, (s) => String(s.props['support']))) {
        await run(tx, 'create-statements-unlinked', { source: support, rows: group.map((s) => ({ id: s.id, props: withIntegers(s.props) })) });
      }
      await refreshFacts(tx, facts.map((r) => ({ fact: factIdentity(r), ...pick(locked.get(factIdentity(r))!) })));
      return facts.length;
    });
    if (page === 0) break;
    migrated += page;
  }
  if (migrated > 0) log(`migrated ${migrated} facts to statements`);
  const again = db.driver.session({ database: db.database });
  try {
    await again.run(cypher('drop-fact-lists'));
    await again.run(cypher('migrate-mentions'));
  } finally {
    await again.close();
  }
}

const pick = (f: { rid: string; fixedYear: boolean; fixedMonth: boolean }) => ({ rid: f.rid, fixedYear: f.fixedYear, fixedMonth: f.fixedMonth });

function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

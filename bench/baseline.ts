// The import bench's bare baseline against today's schema: one source's rows written with plain UNWIND … MERGE on
// :Entity and on the facts' identity keys, its Statement nodes CREATEd and linked to its Report/TwinList, in the same
// single transaction per source as the importer; without the version check, locks in a global order, reads of what
// the graph holds, or summaries derived from all of a fact's statements.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphBatch } from '../import/graph/batch.js';
import { planWrite } from '../import/graph/plan-write.js';
import { statementRows } from '../import/graph/statements.js';
import { run, withIntegers } from '../neo4j/db/tx.js';

const NO_GRAPH = { entities: new Map(), facts: new Map() };

/** Writes `batch` for the source `sourceId` (its Report or TwinList node must exist in `tx`). */
export async function writeBaseline(tx: ManagedTransaction, batch: GraphBatch, sourceId: string): Promise<void> {
  const plan = planWrite(batch, NO_GRAPH);
  const entities = [...plan.entities].flatMap(([label, rows]) => rows.map((r) => ({ id: r.id, label, props: withIntegers(r.props) })));
  if (entities.length > 0) await run(tx, 'baseline-entities', { rows: entities });
  // The fact keeps no evidence list (its statements hold the evidence), as in the importer's model.
  const facts = [...plan.facts].flatMap(([type, rows]) =>
    rows.map(({ source, target, key, props: { evidence: _e, ...props } }) => ({ type, source, target, key, props: withIntegers(props) })),
  );
  if (facts.length > 0) await run(tx, 'baseline-facts', { rows: facts });
  const statements = statementRows(batch.facts).map((s) => ({ props: withIntegers(s.props) }));
  if (statements.length > 0) await run(tx, 'baseline-statements', { source: sourceId, rows: statements });
}

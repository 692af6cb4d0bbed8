// What the graph already holds of a batch: the entities with its ids and the facts with its identities.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphBatch, Props } from './batch.js';
import type { Existing } from './plan-write.js';
import { factIdentity } from '../../neo4j/model/fact.js';
import { type RelationKind } from '../../neo4j/model/kinds.js';
import { run } from '../../neo4j/db/tx.js';

export async function readExisting(tx: ManagedTransaction, batch: GraphBatch): Promise<Existing> {
  const entityRows = await run<{ id: string; props: Props }>(tx, 'existing-entities', { ids: batch.entities.map((n) => n.id) });
  const entities = new Map(entityRows.map((r) => [r.id, r.props]));
  // A fact with a new end is new too: only those between known entities need looking up.
  const candidates = batch.facts.filter((r) => entities.has(r.source) && entities.has(r.target));
  const factRows =
    candidates.length === 0
      ? []
      : await run<{ type: RelationKind; source: string; target: string; key: string; props: Props }>(tx, 'existing-facts', {
          rows: candidates.map(({ kind, source, target, key }) => ({ type: kind, source, target, key })),
        });
  return { entities, facts: new Map(factRows.map((r) => [factIdentity({ ...r, kind: r.type }), r.props])) };
}

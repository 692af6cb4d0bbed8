// What the graph already holds of a batch: the nodes with its ids and the relationships with its identities.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphBatch, Props } from './batch.js';
import type { Existing } from './plan-write.js';
import { rowIdentity } from './batch.js';
import { type RelationKind } from '../../neo4j/model/kinds.js';
import { run } from '../../neo4j/db/tx.js';

export async function readExisting(tx: ManagedTransaction, batch: GraphBatch): Promise<Existing> {
  const nodeRows = await run<{ id: string; props: Props }>(tx, 'existing-nodes', { ids: batch.nodes.map((n) => n.id) });
  const nodes = new Map(nodeRows.map((r) => [r.id, r.props]));
  // A relationship with a new end is new too: only those between known nodes need looking up.
  const candidates = batch.rels.filter((r) => nodes.has(r.source) && nodes.has(r.target));
  const relRows =
    candidates.length === 0
      ? []
      : await run<{ type: RelationKind; source: string; target: string; key: string; props: Props }>(tx, 'existing-relationships', {
          rows: candidates.map(({ type, source, target, key }) => ({ type, source, target, key })),
        });
  return { nodes, rels: new Map(relRows.map((r) => [rowIdentity(r), r.props])) };
}

// Takes a report out inside the caller's transaction: its evidence and support leave every fact, facts only it
// supported disappear (nodes too, when nothing else holds them), and the Report node goes.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Props } from './batch.js';
import type { RelationKind } from '../../neo4j/model/kinds.js';
import { run, withIntegers } from '../../neo4j/db/tx.js';
import { withdraw, type SupportedNode } from './withdraw.js';

export interface RemovalStats {
  relsDeleted: number;
  relsUpdated: number;
  nodesDeleted: number;
  nodesUpdated: number;
}

export async function removeReport(tx: ManagedTransaction, reportId: string): Promise<RemovalStats> {
  const rels = await run<{ rid: string; type: RelationKind; key: string; props: Props }>(tx, 'report-relationships', { reportId });
  const nodes = await run<SupportedNode>(tx, 'report-nodes', { reportId });
  const w = withdraw(reportId, rels, nodes);
  if (w.relUpdates.length > 0) {
    await run(tx, 'update-relationships', {
      rows: w.relUpdates.map((u) => ({ rid: u.rid, props: withIntegers(u.props as unknown as Props) })),
    });
  }
  if (w.relDeletes.length > 0) await run(tx, 'delete-relationships', { rids: w.relDeletes });
  if (w.nodeUpdates.length > 0) await run(tx, 'set-node-reports', { rows: w.nodeUpdates });
  const [deleted] = await run<{ deleted: number }>(tx, 'delete-unsupported-nodes', { ids: nodes.map((n) => n.id) });
  await run(tx, 'delete-report', { id: reportId });
  const nodesDeleted = deleted?.deleted ?? 0;
  return {
    relsDeleted: w.relDeletes.length,
    relsUpdated: w.relUpdates.length,
    nodesDeleted,
    nodesUpdated: nodes.length - nodesDeleted,
  };
}

// Looking entities up by id: the ones that exist, and a 404 for those that do not.
import type { GraphDb } from '../db/graph-db.js';
import { HttpError } from '../plugins/error-handler.js';
import type { GraphNode } from '../schemas/subgraph.js';
import { toNode, type RawNode } from './shape.js';

export async function nodesById(db: GraphDb, ids: string[]): Promise<Map<string, GraphNode>> {
  const rows = await db.read<{ node: RawNode }>('node-by-id', { ids });
  return new Map(rows.map((r) => [r.node.id, toNode(r.node)]));
}

/** The nodes for these ids, in order; a 404 naming the first id the graph does not hold. */
export async function requireNodes(db: GraphDb, ids: string[]): Promise<GraphNode[]> {
  const found = await nodesById(db, ids);
  return ids.map((id) => {
    const node = found.get(id);
    if (!node) throw new HttpError(404, 'not_found', `No entity with id "${id}"`);
    return node;
  });
}

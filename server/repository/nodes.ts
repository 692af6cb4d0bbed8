// Looking entities up by id: the ones that exist, and a 404 for those that do not.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { NotFoundError } from '../../neo4j/model/errors.js';
import type { GraphNode } from '../../neo4j/contract/subgraph.js';
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
    if (!node) throw new NotFoundError('entity', id);
    return node;
  });
}

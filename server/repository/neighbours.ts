// The subgraph around an entity, one hop at a time up to `depth`, so the limit holds at every step.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { GraphEdge, GraphNode, Subgraph } from '../../neo4j/contract/subgraph.js';
import { requireNodes } from './nodes.js';
import { toEdge, toNode, type RawEdge, type RawNode } from './shape.js';

export interface NeighboursQuery {
  id: string;
  kinds: RelationKind[];
  depth: number;
  yearFrom?: number;
  yearTo?: number;
  /** Most edges in the answer. */
  limit: number;
}

export async function neighbours(db: GraphDb, q: NeighboursQuery): Promise<Subgraph> {
  const [root] = await requireNodes(db, [q.id]);
  const nodes = new Map<string, GraphNode>([[root!.id, root!]]);
  const edges = new Map<string, GraphEdge>();
  let frontier = [root!.id];
  let truncated = false;
  for (let hop = 1; hop <= q.depth && frontier.length > 0 && !truncated; hop++) {
    const room = q.limit - edges.size;
    const rows = await db.read<{ edge: RawEdge; node: RawNode }>('neighbours', {
      ids: frontier,
      exclude: [...edges.keys()],
      kinds: q.kinds,
      yearFrom: q.yearFrom ?? null,
      yearTo: q.yearTo ?? null,
      limit: room + 1,
    });
    const next: string[] = [];
    for (const row of rows) {
      if (edges.size >= q.limit) {
        truncated = true;
        break;
      }
      edges.set(row.edge.id, toEdge(row.edge));
      if (nodes.has(row.node.id)) continue;
      const node = toNode(row.node);
      nodes.set(node.id, node);
      // A country is a hub (every city is LOCATED_IN one): reach it, but do not walk on through it.
      if (node.kind !== 'Country') next.push(node.id);
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

// The subgraph around an entity up to `depth` hops, the limit holding at every step: one query.
import type { GraphDb } from '../db/graph-db.js';
import { HttpError } from '../plugins/error-handler.js';
import type { RelationKind } from '../schemas/common.js';
import type { GraphEdge, GraphNode, Subgraph } from '../schemas/subgraph.js';
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

interface Row {
  root: RawNode;
  edges: Array<{ edge: RawEdge; node: RawNode }>;
  truncated: boolean;
}

export async function neighbours(db: GraphDb, q: NeighboursQuery): Promise<Subgraph> {
  const [row] = await db.read<Row>('neighbours', {
    id: q.id,
    kinds: q.kinds,
    depth: q.depth,
    yearFrom: q.yearFrom ?? null,
    yearTo: q.yearTo ?? null,
    limit: q.limit,
  });
  if (!row) throw new HttpError(404, 'not_found', `No entity with id "${q.id}"`);
  const root = toNode(row.root);
  const nodes = new Map<string, GraphNode>([[root.id, root]]);
  const edges = new Map<string, GraphEdge>();
  for (const { edge, node } of row.edges) {
    edges.set(edge.id, toEdge(edge));
    if (!nodes.has(node.id)) nodes.set(node.id, toNode(node));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: row.truncated };
}

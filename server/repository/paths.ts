// The shortest path between two entities and up to k alternatives, each hop with its relation and evidence.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { GraphNode, Relation } from '../../neo4j/contract/subgraph.js';
import { requireNodes } from './nodes.js';
import { reportFiles, toRelation, type RawRelation } from './relation-rows.js';
import { toNode, type RawNode } from './shape.js';

export interface PathsQuery {
  from: string;
  to: string;
  kinds: RelationKind[];
  maxHops: number;
  /** Alternatives beyond the shortest path. */
  k: number;
}

export interface Hop {
  from: string;
  to: string;
  relation: Relation;
}

export interface Paths {
  from: GraphNode;
  to: GraphNode;
  nodes: GraphNode[];
  paths: Array<{ length: number; nodes: string[]; hops: Hop[] }>;
}

export async function paths(db: GraphDb, q: PathsQuery): Promise<Paths> {
  const [from, to] = await requireNodes(db, [q.from, q.to]);
  const rows = await db.read<{ nodes: RawNode[]; relations: RawRelation[] }>('paths', {
    from: q.from,
    to: q.to,
    kinds: q.kinds,
    maxHops: q.maxHops,
    k: q.k + 1,
  });
  const files = await reportFiles(db, rows.flatMap((r) => r.relations));
  const nodes = new Map<string, GraphNode>();
  for (const r of rows) for (const n of r.nodes) if (!nodes.has(n.id)) nodes.set(n.id, toNode(n));
  return {
    from: from!,
    to: to!,
    nodes: [...nodes.values()],
    paths: rows.map((r) => ({
      length: r.relations.length,
      nodes: r.nodes.map((n) => n.id),
      hops: r.relations.map((rel, i) => ({ from: r.nodes[i]!.id, to: r.nodes[i + 1]!.id, relation: toRelation(rel, files) })),
    })),
  };
}

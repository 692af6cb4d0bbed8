// The partners that all the given entities share, each with the relations and evidence on every side.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { GraphNode, Relation } from '../../neo4j/contract/subgraph.js';
import { requireNodes } from './nodes.js';
import { reportFiles, toRelation, type RawRelation } from './relation-rows.js';
import { toNode, type RawNode } from './shape.js';

export interface SharedPartner {
  partner: GraphNode;
  sides: Array<{ of: string; relations: Relation[] }>;
}

export interface SharedPartners {
  of: GraphNode[];
  partners: SharedPartner[];
}

interface Row {
  partner: RawNode;
  sides: Array<{ of: string; relations: RawRelation[] }>;
}

export async function sharedPartners(db: GraphDb, ids: string[], kinds: RelationKind[], limit: number): Promise<SharedPartners> {
  const unique = [...new Set(ids)];
  const of = await requireNodes(db, unique);
  const rows = await db.read<Row>('shared-partners', { ids: unique, kinds, limit });
  const files = await reportFiles(db, rows.flatMap((r) => r.sides.flatMap((s) => s.relations)));
  const order = new Map(unique.map((id, i) => [id, i]));
  return {
    of,
    partners: rows.map((r) => ({
      partner: toNode(r.partner),
      sides: r.sides
        .sort((a, b) => order.get(a.of)! - order.get(b.of)!)
        .map((s) => ({ of: s.of, relations: s.relations.map((rel) => toRelation(rel, files)) })),
    })),
  };
}

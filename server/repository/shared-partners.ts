// The partners that all the given entities share, each with the relations and evidence on every side.
import type { GraphDb } from '../db/graph-db.js';
import { HttpError } from '../plugins/error-handler.js';
import type { RelationKind } from '../schemas/common.js';
import type { GraphNode, Relation } from '../schemas/subgraph.js';
import { toRelation, type RawRelation } from './relation-rows.js';
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
  of: RawNode[];
  partners: Array<{ partner: RawNode; sides: Array<{ of: string; relations: RawRelation[] }> }>;
  files: Array<{ id: string; file: string }>;
}

export async function sharedPartners(db: GraphDb, ids: string[], kinds: RelationKind[], limit: number): Promise<SharedPartners> {
  const unique = [...new Set(ids)];
  const [row] = await db.read<Row>('shared-partners', { ids: unique, kinds, limit });
  const found = new Map((row?.of ?? []).map((n) => [n.id, toNode(n)]));
  const missing = unique.find((id) => !found.has(id));
  if (missing !== undefined) throw new HttpError(404, 'not_found', `No entity with id "${missing}"`);
  const files = Object.fromEntries((row?.files ?? []).map((f) => [f.id, f.file]));
  const order = new Map(unique.map((id, i) => [id, i]));
  return {
    of: unique.map((id) => found.get(id)!),
    partners: (row?.partners ?? []).map((r) => ({
      partner: toNode(r.partner),
      sides: r.sides
        .sort((a, b) => order.get(a.of)! - order.get(b.of)!)
        .map((s) => ({ of: s.of, relations: s.relations.map((rel) => toRelation(rel, files)) })),
    })),
  };
}

// The partners that all the given entities share, each with the relations and evidence on every side.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { NotFoundError } from '../../neo4j/model/errors.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { SharedPartners } from '../../neo4j/contract/shared-partners.js';
import { toRelation, type RawRelation } from './relation-rows.js';
import { toNode, type RawNode } from './shape.js';

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
  if (missing !== undefined) throw new NotFoundError('entity', missing);
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

// The cities with the most partners in common with one entity, ranked, with the shared partners listed (one query).
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { Similar } from '../../neo4j/contract/similar.js';
import { NotFoundError } from '../../neo4j/model/errors.js';
import { toNode, type RawNode } from './shape.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function similar(db: GraphDb, id: string, kinds: RelationKind[], limit: number): Promise<Similar> {
  type Row = { city: RawNode; shared: RawNode[]; common: number; jaccard: number; adamicAdar: number };
  const [row] = await db.read<{ of: RawNode | null; similar: Row[] }>('similar', { id, kinds, limit });
  if (!row?.of) throw new NotFoundError('entity', id);
  return {
    of: toNode(row.of),
    similar: row.similar.map((r) => ({
      city: toNode(r.city),
      common: r.common,
      jaccard: round(r.jaccard),
      adamicAdar: round(r.adamicAdar),
      shared: r.shared.map(toNode),
    })),
  };
}

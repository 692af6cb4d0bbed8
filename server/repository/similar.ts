// The cities with the most partners in common with one entity, ranked, with the shared partners listed.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { Similar } from '../../neo4j/contract/similar.js';
import { requireNodes } from './nodes.js';
import { toNode, type RawNode } from './shape.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function similar(db: GraphDb, id: string, kinds: RelationKind[], limit: number): Promise<Similar> {
  const [of] = await requireNodes(db, [id]);
  type Row = { city: RawNode; shared: RawNode[]; common: number; jaccard: number; adamicAdar: number };
  const rows = await db.read<Row>('similar', { id, kinds, limit });
  return {
    of: of!,
    similar: rows.map((r) => ({
      city: toNode(r.city),
      common: r.common,
      jaccard: round(r.jaccard),
      adamicAdar: round(r.adamicAdar),
      shared: r.shared.map(toNode),
    })),
  };
}

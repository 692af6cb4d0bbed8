// Sources side by side: which facts reports and twin lists both state, and which only one of them does.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { NotFoundError } from '../../neo4j/model/errors.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { CitySourceCounts, SourceFacts, SourceSide } from '../../neo4j/contract/sources.js';
import { toEdge, toNode, type RawEdge, type RawNode } from './shape.js';

export async function sourceCounts(db: GraphDb, kinds: RelationKind[], city: string | undefined, limit: number): Promise<CitySourceCounts[]> {
  const rows = await db.read<{ city: RawNode; both: number; reportsOnly: number; listOnly: number }>('source-counts', {
    kinds,
    city: city ?? null,
    limit,
  });
  if (city && rows.length === 0) {
    const [known] = await db.read<{ node: RawNode }>('node-by-id', { ids: [city] });
    if (!known) throw new NotFoundError('entity', city);
  }
  return rows.map((r) => ({ city: toNode(r.city), both: r.both, reportsOnly: r.reportsOnly, listOnly: r.listOnly }));
}

export async function sourceFacts(
  db: GraphDb,
  id: string,
  side: SourceSide,
  kinds: RelationKind[],
  limit: number,
): Promise<SourceFacts> {
  const [known] = await db.read<{ node: RawNode }>('node-by-id', { ids: [id] });
  if (!known) throw new NotFoundError('entity', id);
  const rows = await db.read<{ edge: RawEdge; other: RawNode }>('source-facts', { id, side, kinds, limit });
  return { facts: rows.map((r) => ({ edge: toEdge(r.edge), other: toNode(r.other) })) };
}

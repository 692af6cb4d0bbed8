// One relation by id with all its evidence (report, file, year, quote) and its two ends.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { NotFoundError } from '../../neo4j/model/errors.js';
import type { RelationDetail } from '../../neo4j/contract/relation.js';
import type { HistoryEntry } from '../../neo4j/contract/subgraph.js';
import { toRelations, type RawRelation } from './relation-rows.js';
import { toNode, type RawNode } from './shape.js';

export async function relation(db: GraphDb, id: string): Promise<RelationDetail> {
  const [row] = await db.read<{ relation: RawRelation; source: RawNode; target: RawNode }>('relation', { id });
  if (!row) throw new NotFoundError('relation', id);
  const [rel] = await toRelations(db, [row.relation]);
  const history = (await db.read<{ statement: HistoryEntry }>('relation-history', { id })).map((r) => r.statement);
  return { relation: rel!, source: toNode(row.source), target: toNode(row.target), history };
}

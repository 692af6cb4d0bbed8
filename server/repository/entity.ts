// One entity with its properties, relation counts per kind and the sources that name it.
import { isReportId } from '../../neo4j/model/ids.js';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { NotFoundError } from '../../neo4j/model/errors.js';
import type { EntityDetail } from '../../neo4j/contract/entity.js';
import { toNode, type RawNode } from './shape.js';

interface Row {
  node: RawNode;
  props: Record<string, unknown>;
  counts: Array<{ kind: string; count: number }>;
  reports: Array<{ id: string; file?: string | null; city?: string | null; year?: number | null; title?: string | null }>;
  supports: string[];
}

export async function entity(db: GraphDb, id: string): Promise<EntityDetail> {
  const [row] = await db.read<Row>('entity', { id });
  if (!row) throw new NotFoundError('entity', id);
  // searchText is the index's copy of the names, not information.
  const { searchText: _searchText, ...properties } = row.props;
  return {
    ...toNode(row.node),
    properties,
    relationCounts: Object.fromEntries(row.counts.map((c) => [c.kind, c.count])),
    reports: row.reports.map((r) => ({
      id: r.id,
      file: r.file ?? null,
      city: r.city ?? null,
      year: r.year ?? null,
      title: r.title ?? null,
    })),
    sources: row.supports.filter((s) => !isReportId(s)),
  };
}

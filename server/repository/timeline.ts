// Facts per year (and per kind), over the whole graph or around some entities; undated facts counted apart.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { Timeline, YearCount } from '../../neo4j/contract/timeline.js';
import { requireNodes } from './nodes.js';

export async function timeline(db: GraphDb, ids: string[] | undefined, kinds: RelationKind[]): Promise<Timeline> {
  if (ids) await requireNodes(db, [...new Set(ids)]);
  const rows = await db.read<{ year: number | null; kind: string; count: number }>('timeline', { ids: ids ?? null, kinds });
  const byYear = new Map<number | null, YearCount>();
  for (const r of rows) {
    const y = byYear.get(r.year) ?? { year: r.year, total: 0, byKind: {} };
    y.total += r.count;
    y.byKind[r.kind] = r.count;
    byYear.set(r.year, y);
  }
  const undated = byYear.get(null) ?? { year: null, total: 0, byKind: {} };
  byYear.delete(null);
  return { years: [...byYear.values()].sort((a, b) => a.year! - b.year!), undated };
}

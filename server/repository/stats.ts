// Graph statistics: counts per label and kind plus the city graph's measures, cached until the graph changes
// (keyed by the reports' count and latest import time and the node and relationship counts).
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import { cityMetrics, type CityMetrics } from './city-metrics.js';
import { toNode, type RawNode } from './shape.js';

export interface Stats extends CityMetrics {
  labels: Record<string, number>;
  kinds: Record<string, number>;
  computedAt: string;
  cached: boolean;
}

const cache = new WeakMap<GraphDb, Map<string, Omit<Stats, 'cached'>>>();

export async function stats(db: GraphDb, kinds: RelationKind[]): Promise<Stats> {
  const [v] = await db.read<{ reports: number; latest: string | null; nodes: number; relationships: number }>('stats-version');
  const key = `${v?.reports}|${v?.latest}|${v?.nodes}|${v?.relationships}|${[...kinds].sort().join(',')}`;
  const perDb = cache.get(db) ?? new Map();
  cache.set(db, perDb);
  const hit = perDb.get(key);
  if (hit) return { ...hit, cached: true };

  const [counts] = await db.read<{ labels: Array<{ label: string; count: number }>; kinds: Array<{ kind: string; count: number }> }>('stats-counts');
  const [cg] = await db.read<{ cities: RawNode[]; links: Array<[string, string]> }>('city-graph', { kinds });
  const computed = {
    labels: Object.fromEntries((counts?.labels ?? []).map((l) => [l.label, l.count])),
    kinds: Object.fromEntries((counts?.kinds ?? []).map((k) => [k.kind, k.count])),
    ...cityMetrics((cg?.cities ?? []).map(toNode), cg?.links ?? []),
    computedAt: new Date().toISOString(),
  };
  // Only the latest version is worth keeping per kinds set; a changed graph makes the others stale.
  const suffix = `|${[...kinds].sort().join(',')}`;
  for (const k of [...perDb.keys()]) if (k.endsWith(suffix)) perDb.delete(k);
  perDb.set(key, computed);
  return { ...computed, cached: false };
}

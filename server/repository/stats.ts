// Graph statistics: counts per label and kind plus the city graph's measures, computed once per graph version
// (keyed by the reports' count and latest import time and the node and relationship counts).
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { CityMetrics, Stats } from '../../neo4j/contract/stats.js';
import type { GraphNode } from '../../neo4j/contract/subgraph.js';
import { graphVersion } from './graph-version.js';
import { toNode, type RawNode } from './shape.js';

// By driver: each request reads through a handle of its own (GraphDb.withSignal) over the one driver.
const cache = new WeakMap<GraphDb['driver'], Map<string, Omit<Stats, 'cached'>>>();
/** Computations under way, by key: concurrent requests for one graph version share one. */
const pending = new Map<string, Promise<Omit<Stats, 'cached'>>>();

export type MetricsOf = (cities: GraphNode[], links: Array<[string, string]>) => Promise<CityMetrics>;

/** `metricsOf` runs the network measures (in a worker thread: betweenness on a large graph takes seconds). */
export async function stats(db: GraphDb, kinds: RelationKind[], metricsOf: MetricsOf): Promise<Stats> {
  const key = `${await graphVersion(db)}|${[...kinds].sort().join(',')}`;
  const perDb = cache.get(db.driver) ?? new Map();
  cache.set(db.driver, perDb);
  const hit = perDb.get(key);
  if (hit) return { ...hit, cached: true };

  const running = pending.get(key);
  if (running) return { ...(await running), cached: true };
  // Not the request's abort signal: the requests that join this computation wait for it too.
  const computing = compute(db.shared(), kinds, metricsOf);
  pending.set(key, computing);
  try {
    const computed = await computing;
    // Only the latest version is worth keeping per kinds set; a changed graph makes the others stale.
    const suffix = `|${[...kinds].sort().join(',')}`;
    for (const k of [...perDb.keys()]) if (k.endsWith(suffix)) perDb.delete(k);
    perDb.set(key, computed);
    return { ...computed, cached: false };
  } finally {
    pending.delete(key);
  }
}

async function compute(db: GraphDb, kinds: RelationKind[], metricsOf: MetricsOf): Promise<Omit<Stats, 'cached'>> {
  const [counts] = await db.read<{ labels: Array<{ label: string; count: number }>; kinds: Array<{ kind: string; count: number }> }>('stats-counts');
  const [cg] = await db.read<{ cities: RawNode[]; links: Array<[string, string]> }>('city-graph', { kinds });
  return {
    labels: Object.fromEntries((counts?.labels ?? []).map((l) => [l.label, l.count])),
    kinds: Object.fromEntries((counts?.kinds ?? []).map((k) => [k.kind, k.count])),
    ...(await metricsOf((cg?.cities ?? []).map(toNode), cg?.links ?? [])),
    computedAt: new Date().toISOString(),
  };
}

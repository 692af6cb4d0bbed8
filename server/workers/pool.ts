// A small pool of worker threads (piscina) for the CPU-heavy work in heavy-work.ts, so a long extraction or
// a betweenness run never stalls other requests. The app opens it and closes it with itself.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Extraction } from '../../import/extract/types.js';
import type { CityMetrics } from '../repository/city-metrics.js';
import type { GraphNode } from '../schemas/subgraph.js';

export interface HeavyWork {
  extract(path: string): Promise<Extraction>;
  metrics(cities: GraphNode[], links: Array<[string, string]>): Promise<CityMetrics>;
  close(): Promise<void>;
}

const WORKER = new URL('./heavy-work.mjs', import.meta.url).href;

export function openHeavyWork(): HeavyWork {
  const pool = new Piscina({
    filename: WORKER,
    // One core stays with the event loop and Neo4j; the work queues rather than competing for it.
    maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
    minThreads: 0,
    // Extraction's dictionaries take seconds to load in a fresh worker: keep it a while between uploads.
    idleTimeout: 5 * 60_000,
  });
  return {
    extract: (path) => pool.run({ path }, { name: 'extract' }),
    metrics: (cities, links) => pool.run({ cities, links }, { name: 'metrics' }),
    close: () => pool.destroy(),
  };
}

// A small pool of worker threads (piscina) for the CPU-heavy work in heavy-work.ts, so a long extraction or
// a betweenness run never stalls other requests. The app opens it and closes it with itself.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { PlanBytes } from '../../import/index.js';
import type { CityMetrics } from '../../neo4j/contract/stats.js';
import type { GraphNode } from '../../neo4j/contract/subgraph.js';

export interface HeavyWork {
  /** An upload's plan; `signal` aborts it (the worker running it is terminated). */
  plan(file: string, bytes: Uint8Array, signal?: AbortSignal): ReturnType<PlanBytes>;
  metrics(cities: GraphNode[], links: Array<[string, string]>): Promise<CityMetrics>;
  /** Terminates the workers: whatever they were running rejects. */
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
    plan: (file, bytes, signal) => pool.run({ file, bytes }, { name: 'plan', signal }),
    metrics: (cities, links) => pool.run({ cities, links }, { name: 'metrics' }),
    close: () => pool.destroy(),
  };
}

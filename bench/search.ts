// Search two ways on the loaded graph: the in-process MiniSearch name index the API uses, and a Lucene query on
// Neo4j's full-text index (bench/search-lucene.ts), with the same random prefixes from concurrent loops; and what
// building the name index costs (time, the longest event-loop stall meanwhile, heap).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { GraphDb } from '../neo4j/db/graph-db.js';
import { buildNameIndex } from '../server/repository/name-index.js';
import { graphVersion } from '../server/repository/graph-version.js';
import { search } from '../server/repository/search.js';
import { luceneSearch } from './search-lucene.js';
import { loops, round, type Load } from './load.js';
import { watchLoop } from './loop-busy.js';
import { typedPrefix, type Draws } from './api-targets.js';
import { liveHeapBytes } from './live-heap.js';

export interface SearchBench {
  entities: number;
  buildMs: number;
  buildLoopStallMs: number;
  /** The longest the loop ran without a break meanwhile, in CPU time (bench/loop-busy.ts). */
  buildLoopBusyMs: number;
  heapMB: number;
  miniSearch: Load;
  lucene: Load;
}

export async function benchSearch(db: GraphDb, d: Draws, seconds: number, connections: number): Promise<SearchBench> {
  // A fresh index, built here and timed (the one nameIndex keeps for this driver may be built already, by the server).
  const version = await graphVersion(db);
  const heapBefore = liveHeapBytes();
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const busy = watchLoop();
  const t0 = performance.now();
  const index = await buildNameIndex(db, version);
  const buildMs = round(performance.now() - t0);
  stalls.disable();
  const { longestBusyMs } = busy.stop();
  const heapMB = round((liveHeapBytes() - heapBefore) / 2 ** 20);
  for (let i = 0; i < 200; i++) await search(db, typedPrefix(d), undefined, 20);
  for (let i = 0; i < 50; i++) await luceneSearch(db, typedPrefix(d), undefined, 20);
  const miniSearch = await loops(() => search(db, typedPrefix(d), undefined, 20), seconds, connections);
  const lucene = await loops(() => luceneSearch(db, typedPrefix(d), undefined, 20), seconds, connections);
  return { entities: index.entries.length, buildMs, buildLoopStallMs: round(stalls.max / 1e6), buildLoopBusyMs: longestBusyMs, heapMB, miniSearch, lucene };
}

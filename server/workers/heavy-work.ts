// What runs in the worker threads, never on the server's event loop: extraction of an uploaded report and
// the city graph's network measures. Plain data in, plain data out (structured clone).
import { extractBytes, type Extraction } from '../../import/index.js';
import type { CityMetrics } from '../../neo4j/contract/stats.js';
import { cityMetrics } from '../repository/city-metrics.js';
import type { GraphNode } from '../../neo4j/contract/subgraph.js';

export async function extract({ file, bytes }: { file: string; bytes: Uint8Array }): Promise<Extraction> {
  return extractBytes(file, bytes);
}

export function metrics({ cities, links }: { cities: GraphNode[]; links: Array<[string, string]> }): CityMetrics {
  return cityMetrics(cities, links);
}

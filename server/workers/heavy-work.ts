// What runs in the worker threads, never on the server's event loop: extraction of an uploaded report and
// the city graph's network measures. Plain data in, plain data out (structured clone).
import { extractFile } from '../../import/extract/extract.js';
import type { Extraction } from '../../import/extract/types.js';
import { cityMetrics, type CityMetrics } from '../repository/city-metrics.js';
import type { GraphNode } from '../schemas/subgraph.js';

export async function extract({ path }: { path: string }): Promise<Extraction> {
  return extractFile(path);
}

export function metrics({ cities, links }: { cities: GraphNode[]; links: Array<[string, string]> }): CityMetrics {
  return cityMetrics(cities, links);
}

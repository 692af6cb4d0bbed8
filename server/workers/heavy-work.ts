// What runs in the worker threads, never on the server's event loop: an uploaded report's whole CPU half (reading,
// extraction, geocoding, graph rows) and the city graph's network measures. Plain data in, plain data out
// (structured clone): an upload's plan comes back without the report's text.
import { planBytes, type PlannedReport } from '../../import/index.js';
import type { CityMetrics } from '../../neo4j/contract/stats.js';
import { cityMetrics } from '../repository/city-metrics.js';
import type { GraphNode } from '../../neo4j/contract/subgraph.js';

export async function plan({ file, bytes }: { file: string; bytes: Uint8Array }): Promise<PlannedReport> {
  return planBytes(file, bytes);
}

export function metrics({ cities, links }: { cities: GraphNode[]; links: Array<[string, string]> }): CityMetrics {
  return cityMetrics(cities, links);
}

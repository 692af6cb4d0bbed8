// The overview a graph holding the Wikipedia twin list answers, built without a database: the twin-list
// importer's own stages (read the CSV → check rows → match and geocode cities → graph rows), its cities and
// TWIN relations turned into the API's subgraph shape (nodes and edges as GET /api/graph gives them).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { GraphEdge, GraphNode, Subgraph } from '../neo4j/contract/subgraph.js';
import { parseEvidence } from '../neo4j/model/evidence.js';
import { checkRow, isRejection, type TwinPair } from '../import/twins/check-row.js';
import { matchCity } from '../import/twins/match-city.js';
import { readTwinCsv } from '../import/twins/read-twins.js';
import { csvSupport, twinGraph } from '../import/twins/to-twin-graph.js';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export function twinListOverview(file: string): Subgraph {
  const csv = readTwinCsv(readFileSync(file, 'utf8'));
  const pairs: TwinPair[] = [];
  for (const rec of csv.records) {
    const checked = checkRow(rec, csv.columns);
    if (!isRejection(checked)) pairs.push(checked);
  }
  const existing = new Map<string, string>();
  const matched = pairs.map((pair) => ({ pair, a: matchCity(pair.city1, pair.iso1, existing), b: matchCity(pair.city2, pair.iso2, existing) }));
  const support = csvSupport(basename(file));
  const { batch } = twinGraph(support, matched);
  const nodes: GraphNode[] = batch.entities
    .filter((n) => n.kind === 'City')
    .map((n) => ({ id: n.id, kind: 'City', name: str(n.props.name) ?? n.id, nameEn: str(n.props.nameEn), country: str(n.props.country), lat: num(n.props.lat), lon: num(n.props.lon), city: null }));
  const edges: GraphEdge[] = batch.facts
    .filter((r) => r.kind === 'TWIN')
    .map((r, i) => ({
      id: `5:bench:${i}`,
      kind: 'TWIN',
      source: r.source,
      target: r.target,
      directed: false,
      year: r.evidence.map((e) => parseEvidence(e).year ?? null).find((y) => y !== null) ?? null,
      month: null,
      status: null,
      confidence: 1,
      reports: [support],
      evidenceCount: r.evidence.length,
    }));
  return { nodes, edges, truncated: false };
}

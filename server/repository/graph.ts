// The filtered subgraph behind the overview and the export: kinds, countries, years, source, minimum degree.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { GraphNode, Relation, Subgraph } from '../../neo4j/contract/subgraph.js';
import { reportFiles, toRelation, type RawRelation } from './relation-rows.js';
import { toEdge, toNode, type RawNode } from './shape.js';

export interface GraphFilters {
  kinds: RelationKind[];
  countries?: string[];
  yearFrom?: number;
  yearTo?: number;
  source?: string;
  /** Nodes with fewer edges in the answer are left out, with their edges. */
  minDegree: number;
  limit: number;
}

interface Row {
  edge: RawRelation;
  source: RawNode;
  target: RawNode;
}

async function rows(db: GraphDb, f: GraphFilters, withEvidence: boolean): Promise<{ rows: Row[]; truncated: boolean }> {
  const found = await db.read<Row>('graph', {
    kinds: f.kinds,
    countries: f.countries ?? null,
    yearFrom: f.yearFrom ?? null,
    yearTo: f.yearTo ?? null,
    source: f.source ?? null,
    withEvidence,
    limit: f.limit + 1,
  });
  const truncated = found.length > f.limit;
  const kept = truncated ? found.slice(0, f.limit) : found;
  if (f.minDegree <= 1) return { rows: kept, truncated };
  const degree = new Map<string, number>();
  for (const r of kept) for (const id of [r.source.id, r.target.id]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ok = (id: string) => (degree.get(id) ?? 0) >= f.minDegree;
  return { rows: kept.filter((r) => ok(r.source.id) && ok(r.target.id)), truncated };
}

function nodesOf(list: Row[]): GraphNode[] {
  const nodes = new Map<string, GraphNode>();
  for (const r of list) for (const n of [r.source, r.target]) if (!nodes.has(n.id)) nodes.set(n.id, toNode(n));
  return [...nodes.values()];
}

export async function graph(db: GraphDb, f: GraphFilters): Promise<Subgraph> {
  const { rows: list, truncated } = await rows(db, f, false);
  return { nodes: nodesOf(list), edges: list.map((r) => toEdge(r.edge)), truncated };
}

/** The same subgraph with every edge's evidence, for the export. */
export async function graphWithEvidence(db: GraphDb, f: GraphFilters): Promise<{ nodes: GraphNode[]; edges: Relation[]; truncated: boolean }> {
  const { rows: list, truncated } = await rows(db, f, true);
  const files = await reportFiles(db, list.map((r) => r.edge));
  return { nodes: nodesOf(list), edges: list.map((r) => toRelation(r.edge, files)), truncated };
}

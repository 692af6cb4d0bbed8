// Test helpers: the whole graph as a comparable snapshot, and the relationships between two nodes.
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { parseEvidence, type EvidenceEntry } from '../../../neo4j/model/evidence.js';

export interface GraphState {
  nodes: number;
  rels: number;
  /** Every node and relationship with all its properties, in a stable order. */
  snapshot: string[];
}

const sorted = (o: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));

export async function graphState(db: GraphDb): Promise<GraphState> {
  const nodes = await db.readText<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await db.readText<{ a: string; type: string; b: string; props: Record<string, unknown> }>(
    'MATCH (x)-[r]->(y) RETURN x.id AS a, type(r) AS type, y.id AS b, properties(r) AS props',
  );
  const snapshot = [
    ...nodes.map((n) => `${n.labels.join(':')} ${sorted(n.props)}`),
    ...rels.map((r) => `${r.a} ${r.type} ${r.b} ${sorted(r.props)}`),
  ].sort();
  return { nodes: nodes.length, rels: rels.length, snapshot };
}

export interface RelView {
  type: string;
  source: string;
  target: string;
  year: number | null;
  reports: string[];
  evidence: EvidenceEntry[];
}

/** Relationships between two nodes, either direction, with their sources and evidence read from their statements in time order. */
export async function relsBetween(db: GraphDb, a: string, b: string, type?: string): Promise<RelView[]> {
  const rows = await db.readText<{ type: string; source: string; target: string; year: number | null; reports: string[]; evidence: string[] }>(
    `MATCH (x {id: $a})-[r]-(y {id: $b}) WHERE $type IS NULL OR type(r) = $type
     WITH r, type(r) + '|' + startNode(r).id + '|' + endNode(r).id + '|' + r.key AS fact
     RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r.year AS year,
            COLLECT { MATCH (s:Statement {fact: fact}) WITH s ORDER BY s.year, s.month, s.support, s.seq
                      RETURN DISTINCT s.support } AS reports,
            COLLECT { MATCH (s:Statement {fact: fact})
                      RETURN s.evidence ORDER BY s.year, s.month, s.support, s.seq } AS evidence`,
    { a, b, type: type ?? null },
  );
  return rows.map((r) => ({ ...r, evidence: r.evidence.map(parseEvidence) }));
}

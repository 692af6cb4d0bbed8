// The shortest path between two entities and up to k alternatives with distinct routes, each hop with its
// relation and evidence, in one query whose search the planner can run from both ends.
import type { GraphDb } from '../db/graph-db.js';
import { cypher } from '../db/cypher.js';
import { HttpError } from '../plugins/error-handler.js';
import type { RelationKind } from '../schemas/common.js';
import type { GraphNode, Relation } from '../schemas/subgraph.js';
import { labelOfId, type NodeLabel } from '../../import/graph/model.js';
import { toRelation, type RawRelation } from './relation-rows.js';
import { toNode, type RawNode } from './shape.js';

export interface PathsQuery {
  from: string;
  to: string;
  kinds: RelationKind[];
  maxHops: number;
  /** Alternatives beyond the shortest path. */
  k: number;
}

export interface Hop {
  from: string;
  to: string;
  relation: Relation;
}

export interface Paths {
  from: GraphNode;
  to: GraphNode;
  nodes: GraphNode[];
  paths: Array<{ length: number; nodes: string[]; hops: Hop[] }>;
}

/**
 * Candidate paths the search returns per path wanted: parallel relations (a twin tie and an agreement
 * between the same two cities) give several paths over one route, which are then merged into one.
 */
const CANDIDATES_PER_PATH = 6;

/**
 * The LOCATED_IN hop an endpoint may open or close a path with, by its kind: an institution may step out
 * to its city; a country or region must be entered from one of its cities (nothing else touches it).
 */
function endHop(label: NodeLabel, end: 'from' | 'to', locatedIn: boolean): string {
  if (!locatedIn) return '';
  const out = end === 'from' ? '(()-[:LOCATED_IN]->())' : '(()<-[:LOCATED_IN]-())';
  const into = end === 'from' ? '(()<-[:LOCATED_IN]-())' : '(()-[:LOCATED_IN]->())';
  if (label === 'Institution') return `${out}{0,1}`;
  if (label === 'Country') return `${into}{1}`;
  if (label === 'Region') return `${into}{0,1}`;
  return '';
}

/** The query text for these endpoint kinds and bounds; every piece comes from the fixed list above. */
export function pathsCypher(fromLabel: NodeLabel, toLabel: NodeLabel, kinds: RelationKind[], maxHops: number, wanted: number): string {
  const locatedIn = kinds.includes('LOCATED_IN');
  const fill: Record<string, string> = {
    fromLabel,
    toLabel,
    fromHop: endHop(fromLabel, 'from', locatedIn),
    toHop: endHop(toLabel, 'to', locatedIn),
    maxHops: String(Math.trunc(maxHops)),
    candidates: String(Math.trunc(wanted) * CANDIDATES_PER_PATH),
  };
  return cypher('paths').replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = fill[key];
    if (value === undefined) throw new Error(`paths.cypher: no value for {{${key}}}`);
    return value;
  });
}

const labelOrNotFound = (id: string): NodeLabel => {
  const label = labelOfId(id);
  if (!label) throw new HttpError(404, 'not_found', `No entity with id "${id}"`);
  return label;
};

interface Row {
  from: RawNode | null;
  to: RawNode | null;
  paths: Array<{ nodes: RawNode[]; relations: RawRelation[] }>;
  files: Array<{ id: string; file: string }>;
}

export async function paths(db: GraphDb, q: PathsQuery, signal?: AbortSignal): Promise<Paths> {
  const fromLabel = labelOrNotFound(q.from);
  const toLabel = labelOrNotFound(q.to);
  if (fromLabel === 'Country' && toLabel === 'Country') {
    // Every country reaches every other one through its cities: thousands of equally short, meaningless routes.
    throw new HttpError(422, 'unjoinable_endpoints', 'Paths between two countries are not searched: pick a city, institution or event at one end.');
  }
  const inner = q.kinds.filter((kind) => kind !== 'LOCATED_IN');
  const text = pathsCypher(fromLabel, toLabel, q.kinds, q.maxHops, q.k + 1);
  const [row] = await db.readText<Row>(text, { from: q.from, to: q.to, kinds: inner, k: q.k + 1 }, { signal });
  if (!row?.from) throw new HttpError(404, 'not_found', `No entity with id "${q.from}"`);
  if (!row.to) throw new HttpError(404, 'not_found', `No entity with id "${q.to}"`);
  const files = Object.fromEntries(row.files.map((f) => [f.id, f.file]));
  const nodes = new Map<string, GraphNode>();
  for (const p of row.paths) for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, toNode(n));
  return {
    from: toNode(row.from),
    to: toNode(row.to),
    nodes: [...nodes.values()],
    paths: row.paths.map((p) => ({
      length: p.relations.length,
      nodes: p.nodes.map((n) => n.id),
      hops: p.relations.map((rel, i) => ({ from: p.nodes[i]!.id, to: p.nodes[i + 1]!.id, relation: toRelation(rel, files) })),
    })),
  };
}

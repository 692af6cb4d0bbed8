// The shortest path between two entities and up to k alternatives with distinct routes, each hop with its
// relation and evidence, in one query whose search the planner can run from both ends.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { cypher } from '../../neo4j/db/cypher.js';
import { NotFoundError, UnanswerableError } from '../../neo4j/model/errors.js';
import type { RelationKind } from '../../neo4j/contract/common.js';
import type { GraphNode } from '../../neo4j/contract/subgraph.js';
import type { Paths } from '../../neo4j/contract/paths.js';
import { entityKindOfId } from '../../neo4j/model/ids.js';
import { type EntityKind } from '../../neo4j/model/kinds.js';
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

/**
 * Paths the search examines: it runs over routes (parallel relations collapsed, see paths.cypher), so within 4 hops
 * each path found is an answer; past that a trail may come back to a node and is left out. When fewer answers than
 * wanted came back and the search stopped at its budget, it runs again with a budget GROWTH times larger, up to
 * MAX_CANDIDATES: each run stays a bounded search from both ends.
 */
const firstCandidates = (wanted: number) => wanted + 2;
const GROWTH = 4;
const MAX_CANDIDATES = 200;

/**
 * The LOCATED_IN hop an endpoint may open or close a path with, by its kind: an institution may step out
 * to its city; a country or region must be entered from one of its cities (nothing else touches it).
 */
function endHop(label: EntityKind, end: 'from' | 'to', locatedIn: boolean): string {
  if (!locatedIn) return '';
  const out = end === 'from' ? '(()-[:LOCATED_IN]->())' : '(()<-[:LOCATED_IN]-())';
  const into = end === 'from' ? '(()<-[:LOCATED_IN]-())' : '(()-[:LOCATED_IN]->())';
  if (label === 'Institution') return `${out}{0,1}`;
  if (label === 'Country') return `${into}{1}`;
  if (label === 'Region') return `${into}{0,1}`;
  return '';
}

/** The query text for these endpoint kinds and bounds; every piece comes from the fixed list above. */
export function pathsCypher(fromLabel: EntityKind, toLabel: EntityKind, kinds: RelationKind[], maxHops: number, candidates: number): string {
  const locatedIn = kinds.includes('LOCATED_IN');
  const fill: Record<string, string> = {
    fromLabel,
    toLabel,
    fromHop: endHop(fromLabel, 'from', locatedIn),
    toHop: endHop(toLabel, 'to', locatedIn),
    maxHops: String(Math.trunc(maxHops)),
    candidates: String(Math.trunc(candidates)),
  };
  return cypher('paths').replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = fill[key];
    if (value === undefined) throw new Error(`paths.cypher: no value for {{${key}}}`);
    return value;
  });
}

const labelOrNotFound = (id: string): EntityKind => {
  const label = entityKindOfId(id);
  if (!label) throw new NotFoundError('entity', id);
  return label;
};

interface Row {
  from: RawNode | null;
  to: RawNode | null;
  examined: number;
  paths: Array<{ nodes: RawNode[]; relations: RawRelation[] }>;
  files: Array<{ id: string; file: string }>;
}

/**
 * The database's part of a paths request: the query, run again with a larger budget while it was cut short
 * (exported for the API bench, whose driver baseline runs exactly these queries).
 */
export async function pathsRow(db: GraphDb, q: PathsQuery, signal?: AbortSignal): Promise<Row | undefined> {
  const fromLabel = labelOrNotFound(q.from);
  const toLabel = labelOrNotFound(q.to);
  if (fromLabel === 'Country' && toLabel === 'Country') {
    // Every country reaches every other one through its cities: thousands of equally short, meaningless routes.
    throw new UnanswerableError('unjoinable_endpoints', 'Paths between two countries are not searched: pick a city, institution or event at one end.');
  }
  const inner = q.kinds.filter((kind) => kind !== 'LOCATED_IN');
  const wanted = q.k + 1;
  let candidates = firstCandidates(wanted);
  for (;;) {
    const text = pathsCypher(fromLabel, toLabel, q.kinds, q.maxHops, candidates);
    const [row] = await db.readText<Row>(text, { from: q.from, to: q.to, kinds: inner, k: wanted }, { signal });
    const cut = row !== undefined && row.examined >= candidates && row.paths.length < wanted;
    if (!cut || candidates >= MAX_CANDIDATES) return row;
    candidates = Math.min(MAX_CANDIDATES, candidates * GROWTH);
  }
}

export async function paths(db: GraphDb, q: PathsQuery, signal?: AbortSignal): Promise<Paths> {
  const row = await pathsRow(db, q, signal);
  if (!row?.from) throw new NotFoundError('entity', q.from);
  if (!row.to) throw new NotFoundError('entity', q.to);
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

// Plans the write of a batch (planWrite): meets it with what the graph already holds, giving the final properties
// of every node and relationship it touches, only the rows that change something, and how many were new or known.
import type { GraphBatch, NodeRow, Props, RelRow } from './batch.js';
import { relProps, unionEvidence, type RelProps } from './evidence.js';
import { rowIdentity } from './batch.js';
import { type EntityKind, type RelationKind } from '../../neo4j/model/kinds.js';
import { searchText } from './search-text.js';

export interface Existing {
  /** Node id → its properties. */
  nodes: Map<string, Props>;
  /** rowIdentity → the relationship's properties. */
  rels: Map<string, Props>;
}

export interface NodeWrite {
  id: string;
  props: Props;
}

export interface RelWrite {
  source: string;
  target: string;
  key: string;
  props: RelProps;
}

export interface PlanStats {
  nodesNew: number;
  nodesKnown: number;
  nodesUpdated: number;
  relsNew: number;
  relsKnown: number;
  relsUpdated: number;
}

export interface WritePlan {
  nodes: Map<EntityKind, NodeWrite[]>;
  rels: Map<RelationKind, RelWrite[]>;
  stats: PlanStats;
}

export interface PlanOptions {
  /**
   * false: the database appends the source to each entity's `reports` itself (lock-entities.cypher), so the plan
   * neither reads nor writes that list, whose length grows with every report naming the entity.
   */
  reports?: boolean;
}

export function planWrite(batch: GraphBatch, existing: Existing, opts: PlanOptions = {}): WritePlan {
  const plan: WritePlan = {
    nodes: new Map(),
    rels: new Map(),
    stats: { nodesNew: 0, nodesKnown: 0, nodesUpdated: 0, relsNew: 0, relsKnown: 0, relsUpdated: 0 },
  };
  for (const row of batch.nodes) {
    const known = existing.nodes.get(row.id);
    const props = mergeNode(row, known, batch.support);
    if (opts.reports === false) delete props.reports;
    if (known) plan.stats.nodesKnown++;
    else plan.stats.nodesNew++;
    if (known && sameProps(props, known)) continue;
    if (known) plan.stats.nodesUpdated++;
    push(plan.nodes, row.label, { id: row.id, props });
  }
  for (const row of batch.rels) {
    const known = existing.rels.get(rowIdentity(row));
    const props = mergeRel(row, known);
    if (known) plan.stats.relsKnown++;
    else plan.stats.relsNew++;
    if (known && sameProps(props as unknown as Props, known)) continue;
    if (known) plan.stats.relsUpdated++;
    push(plan.rels, row.type, { source: row.source, target: row.target, key: row.key, props });
  }
  return plan;
}

/** What the source knows wins over what the graph held; names and supports accumulate. */
export function mergeNode(row: NodeRow, known: Props | undefined, support: string): Props {
  const props: Props = {};
  for (const [k, v] of Object.entries(row.props)) props[k] = v ?? known?.[k] ?? null;
  const variants = [...new Set([...strings(known?.variants), ...row.variants])];
  const name = props.name ?? known?.name;
  const nameEn = props.nameEn ?? known?.nameEn;
  props.variants = variants;
  props.reports = [...new Set([...strings(known?.reports), support])];
  props.searchText = searchText(row.label, [name as string, nameEn as string, ...variants]);
  return props;
}

export function mergeRel(row: RelRow, known: Props | undefined): RelProps {
  return relProps(row.type, row.key, unionEvidence(strings(known?.evidence), row.evidence));
}

/** Do the computed properties hold exactly what the graph holds (absent counts as null)? */
export function sameProps(props: Props, known: Props): boolean {
  return Object.entries(props).every(([k, v]) => JSON.stringify(v ?? null) === JSON.stringify(known[k] ?? null));
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

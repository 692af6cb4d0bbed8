// What one source (a report, or a batch of a twin list) contributes to the graph, before it meets the graph.
import { factIdentity } from '../../neo4j/model/fact.js';
import type { EntityKind, RelationKind } from '../../neo4j/model/kinds.js';

export type Props = Record<string, unknown>;

export interface NodeRow {
  label: EntityKind;
  id: string;
  /** The properties this source knows (`null`: it does not know; never overwrites a known value). */
  props: Props;
  /** Other names, merged with the node's own. */
  variants: string[];
}

export interface RelRow {
  type: RelationKind;
  /** Stored order (canonical for symmetric kinds). */
  source: string;
  target: string;
  key: string;
  /** Evidence entries as JSON strings. */
  evidence: string[];
}

export interface GraphBatch {
  /** The support every row carries into `reports`: a report id or `csv:<file name>`. */
  support: string;
  nodes: NodeRow[];
  rels: RelRow[];
}

/** Adds a node, or folds what it knows into the one already there (first known value wins). */
export function addNode(nodes: Map<string, NodeRow>, row: NodeRow): NodeRow {
  const known = nodes.get(row.id);
  if (!known) {
    nodes.set(row.id, row);
    return row;
  }
  for (const [k, v] of Object.entries(row.props)) if (known.props[k] == null && v != null) known.props[k] = v;
  known.variants = [...new Set([...known.variants, ...row.variants])];
  return known;
}

/** A row's fact identity, for maps and sets. */
export function rowIdentity(r: { type: RelationKind; source: string; target: string; key: string }): string {
  return factIdentity(r.type, r.source, r.target, r.key);
}

/** Adds a relationship, or appends its evidence to the one with the same identity. */
export function addRel(rels: Map<string, RelRow>, row: RelRow): void {
  const id = rowIdentity(row);
  const known = rels.get(id);
  if (!known) rels.set(id, row);
  else known.evidence = [...new Set([...known.evidence, ...row.evidence])];
}

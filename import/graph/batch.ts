// What one source (a report, or a batch of a twin list) contributes to the graph, before it meets the graph: its
// entities and its facts, each fact with the statements (evidence entries) this source makes of it.
import { factIdentity } from '../../neo4j/model/fact.js';
import type { EntityKind, RelationKind } from '../../neo4j/model/kinds.js';

export type Props = Record<string, unknown>;

export interface EntityRow {
  kind: EntityKind;
  id: string;
  /** The properties this source knows (`null`: it does not know; never overwrites a known value). */
  props: Props;
  /** Other names, merged with the entity's own. */
  variants: string[];
}

export interface FactRow {
  kind: RelationKind;
  /** Stored order (canonical for symmetric kinds). */
  source: string;
  target: string;
  key: string;
  /** Evidence entries as JSON strings, one per statement. */
  evidence: string[];
}

export interface GraphBatch {
  /** The source every row is stated by (each statement's `support`, each Mention's): a report id or `csv:<file name>`. */
  support: string;
  entities: EntityRow[];
  facts: FactRow[];
}

/** Adds an entity, or folds what it knows into the one already there (first known value wins). */
export function addEntity(entities: Map<string, EntityRow>, row: EntityRow): EntityRow {
  const known = entities.get(row.id);
  if (!known) {
    entities.set(row.id, row);
    return row;
  }
  for (const [k, v] of Object.entries(row.props)) if (known.props[k] == null && v != null) known.props[k] = v;
  known.variants = [...new Set([...known.variants, ...row.variants])];
  return known;
}

/** Adds a fact, or appends its evidence to the one with the same identity. */
export function addFact(facts: Map<string, FactRow>, row: FactRow): void {
  const id = factIdentity(row);
  const known = facts.get(id);
  if (!known) facts.set(id, row);
  else known.evidence = [...new Set([...known.evidence, ...row.evidence])];
}

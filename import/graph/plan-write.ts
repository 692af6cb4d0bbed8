// Plans the write of a batch (planWrite): meets it with what the graph already holds, giving the final properties
// of every entity and fact it touches, only the rows that change something, and how many were new or known.
import type { GraphBatch, EntityRow, Props, FactRow } from './batch.js';
import { factProps, unionEvidence, type FactProps } from './evidence.js';
import { factIdentity } from '../../neo4j/model/fact.js';
import { type EntityKind, type RelationKind } from '../../neo4j/model/kinds.js';
import { searchText } from './search-text.js';

export interface Existing {
  /** Entity id → its properties. */
  entities: Map<string, Props>;
  /** Fact identity → the fact's properties. */
  facts: Map<string, Props>;
}

export interface EntityWrite {
  id: string;
  props: Props;
}

export interface FactWrite {
  source: string;
  target: string;
  key: string;
  props: FactProps;
}

export interface PlanStats {
  entitiesNew: number;
  entitiesKnown: number;
  entitiesUpdated: number;
  factsNew: number;
  factsKnown: number;
  factsUpdated: number;
}

export interface WritePlan {
  entities: Map<EntityKind, EntityWrite[]>;
  facts: Map<RelationKind, FactWrite[]>;
  stats: PlanStats;
}

export function planWrite(batch: GraphBatch, existing: Existing): WritePlan {
  const plan: WritePlan = {
    entities: new Map(),
    facts: new Map(),
    stats: { entitiesNew: 0, entitiesKnown: 0, entitiesUpdated: 0, factsNew: 0, factsKnown: 0, factsUpdated: 0 },
  };
  for (const row of batch.entities) {
    const known = existing.entities.get(row.id);
    const props = mergeEntity(row, known);
    if (known) plan.stats.entitiesKnown++;
    else plan.stats.entitiesNew++;
    if (known && sameProps(props, known)) continue;
    if (known) plan.stats.entitiesUpdated++;
    push(plan.entities, row.kind, { id: row.id, props });
  }
  for (const row of batch.facts) {
    const known = existing.facts.get(factIdentity(row));
    const props = mergeFact(row, known);
    if (known) plan.stats.factsKnown++;
    else plan.stats.factsNew++;
    if (known && sameProps(props as unknown as Props, known)) continue;
    if (known) plan.stats.factsUpdated++;
    push(plan.facts, row.kind, { source: row.source, target: row.target, key: row.key, props });
  }
  return plan;
}

/**
 * What the source knows wins over what the graph held; names accumulate. That the source names the entity is a
 * Mention node the database writes (lock-entities.cypher), not a property.
 */
export function mergeEntity(row: EntityRow, known: Props | undefined): Props {
  const props: Props = {};
  for (const [k, v] of Object.entries(row.props)) props[k] = v ?? known?.[k] ?? null;
  const variants = [...new Set([...strings(known?.variants), ...row.variants])];
  const name = props.name ?? known?.name;
  const nameEn = props.nameEn ?? known?.nameEn;
  props.variants = variants;
  props.searchText = searchText(row.kind, [name as string, nameEn as string, ...variants]);
  return props;
}

export function mergeFact(row: FactRow, known: Props | undefined): FactProps {
  return factProps(row.kind, row.key, unionEvidence(strings(known?.evidence), row.evidence));
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

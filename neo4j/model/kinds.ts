// The graph's fixed vocabulary: entity kinds (node labels) and relation kinds (relationship types). Cypher
// labels and types are only ever taken from these lists, never from input.

/** Entity kinds; each is also the node's label in Neo4j. */
export const ENTITY_KINDS = ['City', 'Region', 'Country', 'Institution', 'Event', 'Person'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Relation kinds; each is also the relationship's type in Neo4j (one type per kind). */
export const RELATION_KINDS = [
  'TWIN',
  'AGREEMENT',
  'VISIT',
  'PARTNER',
  'CONTACT',
  'PARTICIPATED_IN',
  'HELD_IN',
  'LOCATED_IN',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Undirected (symmetric) kinds are stored once, source id < target id, and read undirected. */
export const UNDIRECTED_KINDS: ReadonlySet<RelationKind> = new Set(['TWIN', 'AGREEMENT', 'PARTNER', 'CONTACT']);

export function isEntityKind(kind: string): kind is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(kind);
}

export function isRelationKind(kind: string): kind is RelationKind {
  return (RELATION_KINDS as readonly string[]).includes(kind);
}

export function isSymmetric(kind: RelationKind): boolean {
  return UNDIRECTED_KINDS.has(kind);
}

// The contract's constants: the kind lists every layer uses, the web view included. Plain values with no
// dependency beyond neo4j/model/kinds.ts, so the browser bundle takes them without zod.
import { ENTITY_KINDS, RELATION_KINDS, type RelationKind } from '../model/kinds.js';

export { ENTITY_KINDS, RELATION_KINDS };
export type { EntityKind, RelationKind } from '../model/kinds.js';

/** The kinds that make two places partners (shared partners, similar cities). */
export const PARTNER_KINDS: RelationKind[] = ['TWIN', 'AGREEMENT', 'PARTNER'];
/** Every kind but LOCATED_IN, whose country hubs would swallow an overview. */
export const OVERVIEW_KINDS: RelationKind[] = RELATION_KINDS.filter((k) => k !== 'LOCATED_IN');

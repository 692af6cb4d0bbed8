// The contract's constants: the kind lists every layer uses, the web view included, and how to read a source id.
// Plain values with no dependency beyond neo4j/model/, so the browser bundle takes them without zod.
import { ENTITY_KINDS, RELATION_KINDS, type RelationKind } from '../model/kinds.js';

export { ENTITY_KINDS, RELATION_KINDS };
/** A report's id (`r-…`) or a twin list's source (`csv:<file>`), told apart as the core's ids.ts does. */
export { csvFileOf, isReportId } from '../model/ids.js';
export type { EntityKind, RelationKind } from '../model/kinds.js';

/** The kinds that make two places partners (shared partners, similar cities). */
export const PARTNER_KINDS: RelationKind[] = ['TWIN', 'AGREEMENT', 'PARTNER'];
/** Every kind but LOCATED_IN, whose country hubs would swallow an overview. */
export const OVERVIEW_KINDS: RelationKind[] = RELATION_KINDS.filter((k) => k !== 'LOCATED_IN');

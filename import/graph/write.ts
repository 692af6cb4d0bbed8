// Writes a plan inside the caller's transaction: UNWIND batches of nodes per label, then relationships per type.
// Labels and types cannot be query parameters, so each has its own query file, chosen from a fixed map.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Props } from './batch.js';
import type { WritePlan } from './merge.js';
import { ENTITY_KINDS, RELATION_KINDS, type EntityKind, type RelationKind } from '../../neo4j/model/kinds.js';
import { run, withIntegers } from '../../neo4j/db/tx.js';

const NODE_QUERY: Readonly<Record<EntityKind, string>> = {
  City: 'merge-city',
  Region: 'merge-region',
  Country: 'merge-country',
  Institution: 'merge-institution',
  Event: 'merge-event',
  Person: 'merge-person',
};

const REL_QUERY: Readonly<Record<RelationKind, string>> = {
  TWIN: 'merge-twin',
  AGREEMENT: 'merge-agreement',
  VISIT: 'merge-visit',
  PARTNER: 'merge-partner',
  CONTACT: 'merge-contact',
  PARTICIPATED_IN: 'merge-participated-in',
  HELD_IN: 'merge-held-in',
  LOCATED_IN: 'merge-located-in',
};

export class WriteMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteMismatchError';
  }
}

export async function writePlan(tx: ManagedTransaction, plan: WritePlan): Promise<void> {
  for (const label of ENTITY_KINDS) {
    const rows = plan.nodes.get(label) ?? [];
    if (rows.length === 0) continue;
    await run(tx, NODE_QUERY[label], { rows: rows.map((r) => ({ id: r.id, props: withIntegers(r.props) })) });
  }
  for (const type of RELATION_KINDS) {
    const rows = plan.rels.get(type) ?? [];
    if (rows.length === 0) continue;
    const params = rows.map((r) => ({ ...r, props: withIntegers(r.props as unknown as Props) }));
    const [result] = await run<{ written: number }>(tx, REL_QUERY[type], { rows: params });
    // A relationship whose end is missing would vanish silently; failing rolls the whole source back instead.
    if (result?.written !== rows.length) {
      throw new WriteMismatchError(`${type}: ${rows.length - (result?.written ?? 0)} of ${rows.length} relationships lack an end node`);
    }
  }
}

export async function writeReport(tx: ManagedTransaction, id: string, props: Props): Promise<void> {
  await run(tx, 'merge-report', { id, props: withIntegers(props) });
}

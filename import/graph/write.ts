// Writes one source's batch inside the caller's transaction, safe beside other imports: lock (create what is
// missing, take write locks in a fixed order), plan with what the locked graph holds, write the entities, CREATE this
// source's own statements, then add them to their facts' summaries. Nothing here reads another source's statements,
// so a write costs the same however many reports state its facts.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphBatch, Props } from './batch.js';
import { planWrite, type Existing, type WritePlan } from './plan-write.js';
import { ENTITY_KINDS, RELATION_KINDS, type EntityKind, type RelationKind } from '../../neo4j/model/kinds.js';
import { fixedFields, statementRows } from './statements.js';
import { factIdentity, parseFactIdentity } from '../../neo4j/model/fact.js';
import { factDeltas } from './fact-summary.js';
import { run, withIntegers } from '../../neo4j/db/tx.js';

export class WriteMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteMismatchError';
  }
}

export interface LockedBatch {
  /** Entity id → its properties before this write (known entities only). */
  entities: Existing['entities'];
  /** Fact identity → the relationship's element id, and whether some statement stated it before. */
  facts: Map<string, { rid: string; fixedYear: boolean; fixedMonth: boolean; known: boolean }>;
}

const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * Creates the batch's missing entities and facts (identity keys only) and locks all of them, entities first, each in
 * one global order (label order, then id; type order, then identity), which keeps deadlocks rare; the managed
 * transaction retries the rest. Gives what the graph held of each once the locks are ours.
 */
export async function lockBatch(tx: ManagedTransaction, batch: GraphBatch): Promise<LockedBatch> {
  const entities = new Map<string, Props>();
  const rank = (k: EntityKind) => ENTITY_KINDS.indexOf(k);
  const entityRows = [...batch.entities]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || byKey<{ id: string }>((x) => x.id)(a, b))
    .map((n) => ({ id: n.id, label: n.kind }));
  if (entityRows.length > 0) {
    for (const r of await run<{ id: string; props: Props }>(tx, 'lock-entities', { rows: entityRows, support: batch.support })) {
      if (r.props['name'] != null) entities.set(r.id, r.props); // a new entity has only its id so far
    }
  }
  const factRank = (k: RelationKind) => RELATION_KINDS.indexOf(k);
  const factRows = [...batch.facts]
    .sort((a, b) => factRank(a.kind) - factRank(b.kind) || byKey(factIdentity)(a, b))
    .map((r) => {
      const f = fixedFields(r.kind, r.key);
      return { type: r.kind, source: r.source, target: r.target, key: r.key, fact: factIdentity(r), fixedYear: f.fixedYear, fixedMonth: f.fixedMonth, fixed: withIntegers(f.fixed) };
    });
  const facts: LockedBatch['facts'] = new Map();
  if (factRows.length > 0) {
    const locked = await run<{ fact: string; rid: string; known: boolean }>(tx, 'lock-facts', {
      rows: factRows.map(({ fixedYear: _y, fixedMonth: _m, ...row }) => row),
    });
    // A fact whose end is missing would vanish silently; failing rolls the whole source back instead.
    if (locked.length !== factRows.length) {
      throw new WriteMismatchError(`${factRows.length - locked.length} of ${factRows.length} facts lack an end entity`);
    }
    const byFact = new Map(factRows.map((r) => [r.fact, r]));
    for (const l of locked) {
      const row = byFact.get(l.fact)!;
      facts.set(l.fact, { rid: l.rid, fixedYear: row.fixedYear, fixedMonth: row.fixedMonth, known: l.known });
    }
  }
  return { entities, facts };
}

/** Plans against the locked graph, writes the entities, this source's new statements and adds them to the facts. */
export async function writeBatch(tx: ManagedTransaction, batch: GraphBatch, locked: LockedBatch, sourceId: string): Promise<WritePlan> {
  // Entities are planned against what the locked graph holds; facts are summed up from statements instead.
  const plan = planWrite({ ...batch, facts: [] }, { entities: locked.entities, facts: new Map() }, { reports: false });
  const known = [...locked.facts.values()].filter((f) => f.known).length;
  plan.stats.factsKnown = known;
  plan.stats.factsUpdated = known;
  plan.stats.factsNew = locked.facts.size - known;
  const entityRows = [...plan.entities.values()].flat().map((r) => ({ id: r.id, props: withIntegers(r.props) }));
  if (entityRows.length > 0) await run(tx, 'set-entity-props', { rows: entityRows });
  const statements = statementRows(batch.facts);
  if (statements.length > 0) {
    const rows = statements.map((s) => ({ id: s.id, props: withIntegers(s.props) }));
    const written = new Set((await run<{ id: string }>(tx, 'create-statements', { source: sourceId, rows })).map((r) => r.id));
    await addToFacts(tx, locked, factDeltas(statements.filter((s) => written.has(s.id))));
  }
  return plan;
}

/** Folds new statements' deltas into their locked facts' summaries (add-to-facts.cypher). */
async function addToFacts(tx: ManagedTransaction, locked: LockedBatch, deltas: ReturnType<typeof factDeltas>): Promise<void> {
  const int = (n: number | null) => (n === null ? null : neo4j.int(n));
  const facts = deltas.map((d) => {
    const { rid, fixedYear, fixedMonth } = locked.facts.get(d.fact)!;
    const { source, target } = parseFactIdentity(d.fact);
    return {
      rid,
      source,
      target,
      fixedYear,
      fixedMonth,
      count: neo4j.int(d.count),
      reports: d.reports,
      sources: d.sources,
      confidence: d.confidence,
      firstYear: int(d.firstYear),
      lastYear: int(d.lastYear),
      monthByYear: d.monthByYear.map((m) => ({ year: neo4j.int(m.year), month: neo4j.int(m.month) })),
    };
  });
  if (facts.length > 0) await run(tx, 'add-to-facts', { facts });
}

/** Re-derives the summaries of locked facts from the statements they have left; deletes those none states. */
export async function refreshFacts(
  tx: ManagedTransaction,
  facts: Array<{ fact: string; rid: string; fixedYear: boolean; fixedMonth: boolean }>,
): Promise<{ deleted: number; refreshed: number }> {
  if (facts.length === 0) return { deleted: 0, refreshed: 0 };
  const rows = facts.map((f) => ({ ...f, source: parseFactIdentity(f.fact).source, target: parseFactIdentity(f.fact).target }));
  const [r] = await run<{ deleted: number; refreshed: number }>(tx, 'refresh-facts', { facts: rows });
  return { deleted: Number(r?.deleted ?? 0), refreshed: Number(r?.refreshed ?? 0) };
}

export async function writeReport(tx: ManagedTransaction, id: string, props: Props): Promise<void> {
  await run(tx, 'merge-report', { id, props: withIntegers(props) });
}

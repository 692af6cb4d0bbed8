// Writes one source's batch inside the caller's transaction, safe beside other imports: lock its entities (create
// what is missing, take write locks in a fixed order), plan with what the locked graph holds, write the entities,
// CREATE this source's own statements, then create and lock its facts in a fixed order, adding the new statements
// to their summaries. Nothing here reads another source's statements, so a write costs the same however many
// reports state its facts.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { FactRow, GraphBatch, Props } from './batch.js';
import { planWrite, type Existing, type WritePlan } from './plan-write.js';
import { ENTITY_KINDS, RELATION_KINDS, type EntityKind, type RelationKind } from '../../neo4j/model/kinds.js';
import { fixedFields, statementRows, type StatementRow } from './statements.js';
import { factIdentity, parseFactIdentity } from '../../neo4j/model/fact.js';
import { factDeltas } from './fact-summary.js';
import { run, withIntegers } from '../../neo4j/db/tx.js';

export class WriteMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteMismatchError';
  }
}

/** Fact identity → the relationship's element id, and whether some statement stated it before. */
export type LockedFacts = Map<string, { rid: string; fixedYear: boolean; fixedMonth: boolean; known: boolean }>;

/** Fact identity → whether some statement stated it before this source's new statements. */
export type WrittenFacts = Map<string, { known: boolean }>;

const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
const factRank = (k: RelationKind) => RELATION_KINDS.indexOf(k);
/**
 * Facts in the one global order every writer locks them in (type order, then identity), each with its identity:
 * computed once per fact, not twice per comparison (a twin list's batch sorts thousands).
 */
function inLockOrder(facts: FactRow[]): Array<{ row: FactRow; fact: string }> {
  const keyed = facts.map((row) => ({ row, fact: factIdentity(row), rank: factRank(row.kind) }));
  keyed.sort((a, b) => a.rank - b.rank || (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0));
  return keyed;
}

/**
 * Creates the batch's missing entities (id only) and locks all of them in one global order (label order, then id),
 * which keeps deadlocks rare; the managed transaction retries the rest. Gives what the graph held of each known
 * entity once the locks are ours.
 */
export async function lockEntities(tx: ManagedTransaction, batch: GraphBatch): Promise<Existing['entities']> {
  const entities = new Map<string, Props>();
  const rank = (k: EntityKind) => ENTITY_KINDS.indexOf(k);
  const rows = [...batch.entities]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || byKey<{ id: string }>((x) => x.id)(a, b))
    .map((n) => ({ id: n.id, label: n.kind }));
  if (rows.length === 0) return entities;
  for (const r of await run<{ id: string; props: Props }>(tx, 'lock-entities', { rows, support: batch.support })) {
    if (r.props['name'] != null) entities.set(r.id, r.props); // a new entity has only its id so far
  }
  return entities;
}

/**
 * Creates the facts the graph lacks (identity keys only) and locks them, in the global order, without touching their
 * summaries (the migration, which re-derives them from statements it adds afterwards). Lock their ends first.
 */
export async function lockFacts(tx: ManagedTransaction, facts: FactRow[]): Promise<LockedFacts> {
  const rows = inLockOrder(facts).map(({ row: r, fact }) => {
    const f = fixedFields(r.kind, r.key);
    return { type: r.kind, source: r.source, target: r.target, key: r.key, fact, fixedYear: f.fixedYear, fixedMonth: f.fixedMonth, fixed: withIntegers(f.fixed) };
  });
  const locked: LockedFacts = new Map();
  if (rows.length === 0) return locked;
  const found = await run<{ fact: string; rid: string; known: boolean }>(tx, 'lock-facts', {
    rows: rows.map(({ fixedYear: _y, fixedMonth: _m, ...row }) => row),
  });
  checkAllWritten(found.length, rows.length);
  const byFact = new Map(rows.map((r) => [r.fact, r]));
  for (const l of found) {
    const row = byFact.get(l.fact)!;
    locked.set(l.fact, { rid: l.rid, fixedYear: row.fixedYear, fixedMonth: row.fixedMonth, known: l.known });
  }
  return locked;
}

/** A fact whose end is missing would vanish silently; failing rolls the whole source back instead. */
function checkAllWritten(written: number, expected: number): void {
  if (written !== expected) throw new WriteMismatchError(`${expected - written} of ${expected} facts lack an end entity`);
}

/**
 * What writeBatch sends that depends on the batch alone: its statements and its facts' rows in lock order, summed up
 * as if every statement is new (as on a first import). A caller may compute it before the transaction (the twin list
 * prepares its next batch while this one writes); writeBatch re-sums the facts only when some statements were there.
 */
export interface PreparedWrite {
  statements: StatementRow[];
  statementParams: Array<{ id: string; props: Record<string, unknown> }>;
  factParams: Array<Record<string, unknown>>;
}

export function prepareWrite(batch: GraphBatch): PreparedWrite {
  const statements = statementRows(batch.facts);
  return {
    statements,
    statementParams: statements.map((s) => ({ id: s.id, props: withIntegers(s.props) })),
    factParams: factParams(batch.facts, statements),
  };
}

/**
 * Writes a batch whose entities this transaction has locked (lockEntities gave `entities`, what they held): their
 * computed properties, this source's new statements, then its facts, created where missing, locked in the global
 * order and given the new statements in their summaries (merge-facts.cypher).
 */
export async function writeBatch(
  tx: ManagedTransaction,
  batch: GraphBatch,
  entities: Existing['entities'],
  sourceId: string,
  prepared: PreparedWrite = prepareWrite(batch),
): Promise<{ plan: WritePlan; facts: WrittenFacts }> {
  // Entities are planned against what the locked graph holds; facts are summed up from statements instead.
  const plan = planWrite({ ...batch, facts: [] }, { entities, facts: new Map() }, { reports: false });
  const entityRows = [...plan.entities.values()].flat().map((r) => ({ id: r.id, props: withIntegers(r.props) }));
  if (entityRows.length > 0) await run(tx, 'set-entity-props', { rows: entityRows });
  const { statements } = prepared;
  let written: StatementRow[] = [];
  if (statements.length > 0) {
    const ids = new Set((await run<{ id: string }>(tx, 'create-statements', { source: sourceId, rows: prepared.statementParams })).map((r) => r.id));
    written = ids.size === statements.length ? statements : statements.filter((s) => ids.has(s.id));
  }
  const rows = written === statements ? prepared.factParams : factParams(batch.facts, written);
  const facts = await mergeFacts(tx, rows);
  const known = [...facts.values()].filter((f) => f.known).length;
  plan.stats.factsKnown = known;
  plan.stats.factsUpdated = known;
  plan.stats.factsNew = facts.size - known;
  return { plan, facts };
}

/** merge-facts rows: the facts in the global lock order, each with what `written` adds to its summary. */
function factParams(facts: FactRow[], written: StatementRow[]): Array<Record<string, unknown>> {
  const int = (n: number | null) => (n === null ? null : neo4j.int(n));
  const deltas = new Map(factDeltas(written).map((d) => [d.fact, d]));
  return inLockOrder(facts).map(({ row: r, fact }) => {
    const { fixedYear, fixedMonth, fixed } = fixedFields(r.kind, r.key);
    const d = deltas.get(fact);
    return {
      type: r.kind,
      source: r.source,
      target: r.target,
      key: r.key,
      fact,
      fixed: withIntegers(fixed),
      fixedYear,
      fixedMonth,
      count: neo4j.int(d?.count ?? 0),
      reports: d?.reports ?? [],
      sources: d?.sources ?? [],
      confidence: d?.confidence ?? null,
      firstYear: int(d?.firstYear ?? null),
      lastYear: int(d?.lastYear ?? null),
      monthByYear: (d?.monthByYear ?? []).map((m) => ({ year: neo4j.int(m.year), month: neo4j.int(m.month) })),
    };
  });
}

/** The facts, created where missing and locked in the global order, with their rows' statements folded into their summaries. */
async function mergeFacts(tx: ManagedTransaction, rows: Array<Record<string, unknown>>): Promise<WrittenFacts> {
  const out: WrittenFacts = new Map();
  if (rows.length === 0) return out;
  const merged = await run<{ fact: string; known: boolean }>(tx, 'merge-facts', { rows });
  checkAllWritten(merged.length, rows.length);
  for (const m of merged) out.set(m.fact, { known: m.known });
  return out;
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

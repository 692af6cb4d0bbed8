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
import { sharedValues, type Row } from './shared-values.js';

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
  const sorted = [...batch.entities].sort((a, b) => rank(a.kind) - rank(b.kind) || byKey<{ id: string }>((x) => x.id)(a, b));
  if (sorted.length === 0) return entities;
  // One row per label with its ids, in that order: the label is sent once, not with each of thousands of ids.
  const groups: Array<{ label: EntityKind; ids: string[] }> = [];
  for (const n of sorted) {
    const last = groups[groups.length - 1];
    if (last?.label === n.kind) last.ids.push(n.id);
    else groups.push({ label: n.kind, ids: [n.id] });
  }
  for (const r of await run<{ id: string; props: Props }>(tx, 'lock-entities', { groups, support: batch.support })) {
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
  /** create-statements' parameters: each statement as one map with its id, the values most share sent once. */
  statementParams: { common: Row; rows: Row[] };
  factParams: FactParams;
}

export function prepareWrite(batch: GraphBatch): PreparedWrite {
  const statements = statementRows(batch.facts);
  const { common, rows } = sharedValues(statements.map((s) => ({ id: s.id, ...s.props })));
  return {
    statements,
    statementParams: { common: withIntegers(common), rows: rows.map(withIntegers) },
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
  const plan = planWrite({ ...batch, facts: [] }, { entities, facts: new Map() });
  // A null is left out: it stands for a property neither the source nor the graph has, so SET would remove nothing.
  const entityRows = [...plan.entities.values()].flat().map((r) => ({ id: r.id, props: withIntegers(withoutNulls(r.props)) }));
  // The entities' properties and the statements go out together (pipelined in the transaction, run in order): only
  // the statements' answer is needed before the facts.
  const setProps = entityRows.length > 0 ? run(tx, 'set-entity-props', { rows: entityRows }) : null;
  const { statements } = prepared;
  const created = statements.length > 0 ? run<{ id: string }>(tx, 'create-statements', { source: sourceId, ...prepared.statementParams }) : null;
  const [, skippedRows] = await Promise.all([setProps, created]);
  let written: StatementRow[] = statements;
  const skipped = new Set((skippedRows ?? []).map((r) => r.id));
  if (skipped.size > 0) written = statements.filter((s) => !skipped.has(s.id));
  const facts = await mergeFacts(tx, written === statements ? prepared.factParams : factParams(batch.facts, written));
  const known = [...facts.values()].filter((f) => f.known).length;
  plan.stats.factsKnown = known;
  plan.stats.factsUpdated = known;
  plan.stats.factsNew = facts.size - known;
  return { plan, facts };
}

/**
 * merge-facts' parameters: the facts in the global lock order (`ids`: their identities), each with what `written`
 * adds to its summary. A row leaves out what is its default (merge-facts coalesces): a null, false, an empty key,
 * map or month list, and the sources most facts get (a source's own), sent once as `sources`.
 */
interface FactParams {
  ids: string[];
  rows: Row[];
  sources: string[];
}

function factParams(facts: FactRow[], written: StatementRow[]): FactParams {
  const deltas = new Map(factDeltas(written).map((d) => [d.fact, d]));
  const ordered = inLockOrder(facts);
  const [some] = deltas.values();
  const sources = some?.sources ?? [];
  const rows = ordered.map(({ row: r, fact }) => {
    const d = deltas.get(fact);
    const row: Row = { type: r.kind, source: r.source, target: r.target, count: neo4j.int(d?.count ?? 0) };
    if (r.key !== '') row.key = r.key;
    const { fixedYear, fixedMonth, fixed } = fixedFields(r.kind, r.key);
    if (fixedYear) row.fixedYear = true;
    if (fixedMonth) row.fixedMonth = true;
    if (Object.keys(fixed).length > 0) row.fixed = withIntegers(fixed);
    if (!sameList(d?.sources ?? [], sources)) row.sources = d?.sources ?? [];
    if (d?.confidence != null) row.confidence = d.confidence;
    if (d?.firstYear != null) row.firstYear = neo4j.int(d.firstYear);
    if (d?.lastYear != null) row.lastYear = neo4j.int(d.lastYear);
    if (d && d.monthByYear.length > 0) row.monthByYear = d.monthByYear.map((m) => ({ year: neo4j.int(m.year), month: neo4j.int(m.month) }));
    return row;
  });
  return { ids: ordered.map((o) => o.fact), rows, sources };
}

const withoutNulls = (props: Props): Props => {
  const out: Props = {};
  for (const k in props) if (props[k] != null) out[k] = props[k];
  return out;
};

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The facts, created where missing and locked in the global order, with their rows' statements folded into their summaries. */
async function mergeFacts(tx: ManagedTransaction, { ids, rows, sources }: FactParams): Promise<WrittenFacts> {
  const out: WrittenFacts = new Map();
  if (rows.length === 0) return out;
  const [merged] = await run<{ merged: number; known: number[] }>(tx, 'merge-facts', { rows, sources });
  checkAllWritten(Number(merged?.merged ?? 0), rows.length);
  for (const id of ids) out.set(id, { known: false });
  for (const i of merged!.known) out.set(ids[i]!, { known: true });
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

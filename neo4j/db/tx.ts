// Running the named queries of cypher/ inside a transaction, and read-only transactions for dry runs.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher.js';
import { translateNeo4jError } from './errors.js';
import type { GraphDb } from './graph-db.js';

/** Runs cypher/<name>.cypher in `tx` and returns each record as a plain object. */
export async function run<T = Record<string, unknown>>(tx: ManagedTransaction, name: string, params: Record<string, unknown>): Promise<T[]> {
  const result = await tx.run(cypher(name), params);
  return result.records.map((r) => r.toObject() as T);
}

/** Runs `work` in one read transaction (a dry run: it can look but not write). */
export async function readTx<T>(db: GraphDb, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work);
  } catch (err) {
    throw translateNeo4jError(err);
  } finally {
    await session.close();
  }
}

/** Properties whose values are whole numbers in the graph. */
const INTEGER_KEYS = new Set(['year', 'month', 'entityCount', 'relationCount', 'start', 'end', 'line', 'seq']);

/**
 * The driver sends every JS number as a float; these properties go as integers, so Cypher sees `year = 2023`
 * as an integer (reads come back as plain numbers through the driver's disableLosslessIntegers).
 */
export function withIntegers(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    out[k] = INTEGER_KEYS.has(k) && typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
  }
  return out;
}

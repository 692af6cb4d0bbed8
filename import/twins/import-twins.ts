// `import-twins` top-down: read the CSV → check rows → per batch of up to 2,000 rows: match cities (gazetteer, GeoNames,
// existing cities, new) → to graph rows and statements (while the batch before writes) → in one transaction: meet
// the graph → write. Each batch is idempotent.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { factIdentity } from '../../neo4j/model/fact.js';
import { readTx, run } from '../../neo4j/db/tx.js';
import { lockEntities, prepareWrite, writeBatch, type PreparedWrite } from '../graph/write.js';
import type { GraphBatch } from '../graph/batch.js';
import { checkRow, isRejection, type Rejection, type TwinPair } from './check-row.js';
import { matchCity, nameKey, placedCityOnce, type ExistingCities, type MatchKind } from './match-city.js';
import { readTwinCsv, TwinListError } from './read-twins.js';
import { decodeText } from '../extract/decode-text.js';
import { isReportError } from '../extract/errors.js';
import { csvSupport, twinGraph, type MatchedPair } from './to-twin-graph.js';
import { csvFileOf } from '../../neo4j/model/ids.js';

export interface TwinsSummary {
  file: string;
  rowsRead: number;
  /** Distinct pairs the accepted rows name, and how many of them the graph did not hold before. */
  pairs: number;
  pairsNew: number;
  cities: Record<MatchKind, number>;
  /** Cities of the list that have coordinates (their own or, for a district, its city's). */
  placed: number;
  rejected: Rejection[];
}

export interface ImportTwinsOptions {
  batchSize?: number;
  onBatch?: (rowsDone: number, rowsTotal: number) => void;
}

export async function importTwins(db: GraphDb, path: string, opts: ImportTwinsOptions = {}): Promise<TwinsSummary> {
  const file = basename(path);
  const support = csvSupport(file);
  const csv = readTwinCsv(await readTwinFile(path));
  const rejected: Rejection[] = csv.rejected.map((r) => ({ line: r.line, reason: r.reason, quote: r.raw }));
  const pairs: TwinPair[] = [];
  for (const rec of csv.records) {
    const checked = checkRow(rec, csv.columns);
    if (isRejection(checked)) rejected.push(checked);
    else pairs.push(checked);
  }
  const summary: TwinsSummary = { file, rowsRead: csv.records.length + csv.rejected.length, pairs: 0, pairsNew: 0, cities: { gazetteer: 0, geonames: 0, existing: 0, created: 0 }, placed: 0, rejected };
  const firstRow = new Map<string, TwinPair>();
  for (const p of pairs) {
    for (const key of [nameKey(p.city1, p.iso1), nameKey(p.city2, p.iso2)]) if (!firstRow.has(key)) firstRow.set(key, p);
  }
  const firstOf = (name: string, iso2: string) => firstRow.get(nameKey(name, iso2));
  const seenCities = new Map<string, MatchKind>();
  const seenPairs = new Set<string>();
  const placed = new Set<string>();
  const size = opts.batchSize ?? 2000;
  const placedOf = placedCityOnce();
  const located = new Set<string>();
  const bounds = batchBounds(pairs.length, size);
  const prepare = (k: number, before: ExistingCities) => prepareBatch(db, support, pairs.slice(...bounds[k]!), firstOf, placedOf, located, before);
  // A pipeline: the next batch is prepared (matched, made graph rows and statements) while this one's transaction
  // writes, so the database does not wait on the JS between batches, nor the JS on the database.
  let next = bounds.length > 0 ? prepare(0, new Map()) : undefined;
  for (let k = 0; next; k++) {
    const batch = await next;
    next = k + 1 < bounds.length ? prepare(k + 1, batch.writesCities) : undefined;
    // Should this batch fail, the next one's preparation is dropped with it, not left an unhandled rejection.
    next?.catch(() => undefined);
    const result = await db.writeTx((tx) => writeTwinBatch(tx, batch));
    rejected.push(...result.rejected);
    summary.pairsNew += result.pairsNew;
    for (const id of result.pairIds) seenPairs.add(id);
    for (const [id, how] of result.cities) if (!seenCities.has(id)) seenCities.set(id, how);
    for (const id of result.placed) placed.add(id);
    opts.onBatch?.(bounds[k]![1], pairs.length);
  }
  summary.pairs = seenPairs.size;
  for (const how of seenCities.values()) summary.cities[how]++;
  summary.placed = placed.size;
  rejected.sort((a, b) => a.line - b.line);
  return summary;
}

/**
 * The batches' [from, to) rows: the first an eighth of `size`, each next one twice the last up to `size`, so the
 * first write starts after a short preparation and the pipeline is full from then on.
 */
export function batchBounds(rows: number, size: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  for (let from = 0, n = Math.max(1, Math.floor(size / 8)); from < rows; from += n, n = Math.min(size, n * 2)) {
    bounds.push([from, Math.min(rows, from + n)]);
  }
  return bounds;
}

interface PreparedBatch {
  support: string;
  matched: MatchedPair[];
  batch: GraphBatch;
  write: PreparedWrite;
  rejected: Rejection[];
  /** The cities this batch names with their names and country, by name: what its write lets the next batch find. */
  writesCities: ExistingCities;
}

/**
 * One batch made ready to write, before its transaction: cities matched (gazetteer and GeoNames, then existing
 * cities by name: read in a transaction of its own, beside the previous batch's write, with the cities that write
 * names added, since the database shows them only once it commits; a name found twice goes to the smaller id, as
 * cities-by-name orders them), graph rows, statements and fact rows. It yields to the event loop between steps, so
 * the batch writing meanwhile gets its turns.
 */
async function prepareBatch(
  db: GraphDb,
  support: string,
  chunk: TwinPair[],
  firstOf: (name: string, iso2: string) => TwinPair | undefined,
  placedOf: ReturnType<typeof placedCityOnce>,
  located: Set<string>,
  before: ExistingCities,
): Promise<PreparedBatch> {
  const lookups = new Map<string, { name: string; country: string }>();
  for (let done = 0; done < chunk.length; done++) {
    const p = chunk[done]!;
    for (const [name, country] of [[p.city1, p.iso1], [p.city2, p.iso2]] as const) {
      if (!placedOf(name, country)) lookups.set(nameKey(name, country), { name, country });
    }
    if (done % 50 === 49) await turn();
  }
  const found = lookups.size === 0 ? [] : await readTx(db, (tx) => run<{ name: string; country: string; id: string }>(tx, 'cities-by-name', { rows: [...lookups.values()] }));
  const existing: ExistingCities = new Map();
  for (const f of found) if (!existing.has(nameKey(f.name, f.country))) existing.set(nameKey(f.name, f.country), f.id);
  for (const [key, id] of before) if (lookups.has(key) && !(existing.get(key)! < id)) existing.set(key, id);
  const matched: MatchedPair[] = chunk.map((pair) => ({
    pair,
    a: matchCity(pair.city1, pair.iso1, existing, placedOf),
    b: matchCity(pair.city2, pair.iso2, existing, placedOf),
  }));
  const { batch, rejected } = twinGraph(support, matched, firstOf, located);
  await turn();
  const write = prepareWrite(batch);
  const writesCities: ExistingCities = new Map();
  for (const n of batch.entities) {
    if (n.kind !== 'City' || typeof n.props['country'] !== 'string') continue;
    for (const name of [n.props['name'], n.props['nameEn']]) {
      if (typeof name !== 'string') continue;
      const key = nameKey(name, n.props['country']);
      if (!(writesCities.get(key)! < n.id)) writesCities.set(key, n.id);
    }
  }
  return { support, matched, batch, write, rejected, writesCities };
}

/** Writes a prepared batch in `tx` (which may run more than once: a retry after a deadlock). */
async function writeTwinBatch(tx: ManagedTransaction, prepared: PreparedBatch) {
  const { support, matched, rejected } = prepared;
  // Sent together (pipelined in the transaction, run in order): the list's node answers nothing we wait on.
  const [, known] = await Promise.all([run(tx, 'merge-twin-list', { id: support, file: csvFileOf(support) }), lockEntities(tx, prepared.batch)]);
  // A city this list created before keeps the name it got first (`São Paulo` and `Sao Paulo` share an id).
  const created = new Set(matched.flatMap((m) => [m.a, m.b]).filter((c) => c.how === 'created').map((c) => c.id));
  const entities = prepared.batch.entities.map((n) => (created.has(n.id) && known.has(n.id) ? { ...n, props: {} } : n));
  const { facts } = await writeBatch(tx, { ...prepared.batch, entities }, known, support, prepared.write);
  const cities = new Map<string, MatchKind>();
  const placed = new Set<string>();
  for (const m of matched) {
    for (const c of [m.a, m.b]) {
      // A created city the graph held already wrote nothing: it is placed if the graph has it placed.
      const wrote = !(c.how === 'created' && known.has(c.id));
      cities.set(c.id, wrote ? c.how : 'existing');
      if ((wrote && c.row.props.lat != null) || known.get(c.id)?.lat != null) placed.add(c.id);
    }
  }
  const twins = prepared.batch.facts.filter((r) => r.kind === 'TWIN');
  return {
    rejected,
    cities,
    placed,
    pairIds: twins.map(factIdentity),
    pairsNew: twins.filter((r) => !facts.get(factIdentity(r))?.known).length,
  };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The list's text, decoded like a report (UTF-8, UTF-16 with a BOM, Windows-1251 or KOI8-R: import/extract/read.ts);
 * a missing or unreadable file, or bytes in no such encoding (naming the byte offset), is a TwinListError naming it.
 */
export async function readTwinFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a CSV file' : (err as Error).message;
    throw new TwinListError(`${path}: ${why}`);
  }
  try {
    return decodeText(path, bytes, { prose: false }).text;
  } catch (err) {
    if (isReportError(err)) throw new TwinListError(`${path}: ${err.reason}`);
    throw err;
  }
}

// `import-twins` top-down: read the CSV → check rows → per batch of ~2,000 rows, in one transaction: match
// cities (gazetteer, GeoNames, existing cities, new) → to graph rows → meet the graph → write. Each batch is idempotent.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { factIdentity } from '../../neo4j/model/fact.js';
import { run } from '../../neo4j/db/tx.js';
import { lockEntities, writeBatch } from '../graph/write.js';
import { checkRow, isRejection, type Rejection, type TwinPair } from './check-row.js';
import { matchCity, nameKey, placedCityOnce, type MatchKind } from './match-city.js';
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
  for (let i = 0; i < pairs.length; i += size) {
    const chunk = pairs.slice(i, i + size);
    lookUpWhileWaiting(pairs.slice(i + size, i + 2 * size), placedOf);
    const result = await db.writeTx((tx) => importBatch(tx, support, chunk, firstOf, placedOf));
    rejected.push(...result.rejected);
    summary.pairsNew += result.pairsNew;
    for (const id of result.pairIds) seenPairs.add(id);
    for (const [id, how] of result.cities) if (!seenCities.has(id)) seenCities.set(id, how);
    for (const id of result.placed) placed.add(id);
    opts.onBatch?.(Math.min(i + size, pairs.length), pairs.length);
  }
  summary.pairs = seenPairs.size;
  for (const how of seenCities.values()) summary.cities[how]++;
  summary.placed = placed.size;
  rejected.sort((a, b) => a.line - b.line);
  return summary;
}

async function importBatch(
  tx: ManagedTransaction,
  support: string,
  chunk: TwinPair[],
  firstOf: (name: string, iso2: string) => TwinPair | undefined,
  placedOf: ReturnType<typeof placedCityOnce>,
) {
  const names = chunk.flatMap((p) => [{ name: p.city1, country: p.iso1 }, { name: p.city2, country: p.iso2 }]);
  const lookups = names.filter((n) => !placedOf(n.name, n.country));
  const found = await run<{ name: string; country: string; id: string }>(tx, 'cities-by-name', { rows: dedupe(lookups) });
  const existingCities = new Map<string, string>();
  for (const f of found) if (!existingCities.has(nameKey(f.name, f.country))) existingCities.set(nameKey(f.name, f.country), f.id);
  const matched: MatchedPair[] = chunk.map((pair) => ({
    pair,
    a: matchCity(pair.city1, pair.iso1, existingCities, placedOf),
    b: matchCity(pair.city2, pair.iso2, existingCities, placedOf),
  }));
  const { batch, rejected } = twinGraph(support, matched, firstOf);
  await run(tx, 'merge-twin-list', { id: support, file: csvFileOf(support) });
  const known = await lockEntities(tx, batch);
  // A city this list created before keeps the name it got first (`São Paulo` and `Sao Paulo` share an id).
  const created = new Set(matched.flatMap((m) => [m.a, m.b]).filter((c) => c.how === 'created').map((c) => c.id));
  for (const n of batch.entities) if (created.has(n.id) && known.has(n.id)) n.props = {};
  const { facts } = await writeBatch(tx, batch, known, support);
  const cities = new Map<string, MatchKind>();
  const placed = new Set<string>();
  for (const m of matched) {
    for (const c of [m.a, m.b]) {
      cities.set(c.id, c.how === 'created' && known.has(c.id) ? 'existing' : c.how);
      if (c.row.props.lat != null || known.get(c.id)?.lat != null) placed.add(c.id);
    }
  }
  const twins = batch.facts.filter((r) => r.kind === 'TWIN');
  return {
    rejected,
    cities,
    placed,
    pairIds: twins.map(factIdentity),
    pairsNew: twins.filter((r) => !facts.get(factIdentity(r))?.known).length,
  };
}

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

/**
 * Looks the next batch's cities up in the gazetteer and GeoNames (pure, and remembered by `placedOf`) a slice at a
 * time while this batch's transaction waits on the database, which would otherwise sit idle while the next batch
 * matches its cities: the answers are the same whenever they are computed, so matching finds them ready.
 */
function lookUpWhileWaiting(next: TwinPair[], placedOf: ReturnType<typeof placedCityOnce>, slice = 50): void {
  let done = 0;
  const step = () => {
    for (const end = Math.min(done + slice, next.length); done < end; done++) {
      const p = next[done]!;
      placedOf(p.city1, p.iso1);
      placedOf(p.city2, p.iso2);
    }
    if (done < next.length) setImmediate(step);
  };
  if (next.length > 0) setImmediate(step);
}

function dedupe(rows: Array<{ name: string; country: string }>): Array<{ name: string; country: string }> {
  return [...new Map(rows.map((r) => [nameKey(r.name, r.country), r])).values()];
}

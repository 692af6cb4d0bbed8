// The in-process name index search reads: every entity's names, Latin spelling and case forms in MiniSearch, one
// index per graph version. Each search first reads the version stored in the database (one small query, shared
// by the searches that arrive together: graph-version.ts), so when another API process on the same Neo4j imports
// or removes a report, the next search here rebuilds and sees it.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { CHUNK, indexEntries, normalise, type Entry, type NameIndex } from './name-terms.js';
import { transliterate } from '../../import/index.js';
import { graphVersion } from './graph-version.js';
import { toNode, type RawNode } from './shape.js';

export { normalise, words, type Entry, type NameIndex } from './name-terms.js';

const CYRILLIC = /[а-яё]/i;

// By driver: each request reads through a handle of its own (GraphDb.withSignal) over the one driver.
const current = new WeakMap<GraphDb['driver'], { version: string; index: Promise<NameIndex> }>();

/** The index for the graph as the database holds it now; concurrent searches share one build. */
export async function nameIndex(db: GraphDb): Promise<NameIndex> {
  const version = await graphVersion(db);
  const held = current.get(db.driver);
  if (held?.version === version) return held.index;
  // Read after the version, so the index never holds an older graph than its label says (at worst a newer one,
  // which the next search's version check replaces).
  const index = buildNameIndex(db, version);
  current.set(db.driver, { version, index });
  index.catch(() => {
    if (current.get(db.driver)?.index === index) current.delete(db.driver);
  });
  return index;
}

/** A new index of the graph as it is now, labelled `version` (read before it); nameIndex keeps one per driver. */
export async function buildNameIndex(db: GraphDb, version: string): Promise<NameIndex> {
  return indexEntries(await readEntries(db), version);
}

/** Every entity's index entry, read from the graph (names spelt in Latin, forms normalised). */
async function readEntries(db: GraphDb): Promise<Entry[]> {
  // Not the request's abort signal: the build serves every request waiting for it.
  const rows = await db.shared().read<Row>('search-entries', {}, { timeoutMs: 60_000 });
  // Also in turns of the event loop: normalising and transliterating 17k names takes tens of ms.
  const entries: Entry[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    for (const r of rows.slice(start, start + CHUNK)) entries.push(toEntry(r, entries.length));
    await nextTurn();
  }
  return entries;
}

type Row = { node: RawNode; forms: string | null; population: number | null; degree: number };

function toEntry(r: Row, i: number): Entry {
  const name = r.node.name ?? r.node.id;
  const nameEn = r.node.nameEn ?? '';
  const latin = CYRILLIC.test(name) ? transliterate(name) : '';
  const forms = r.forms ?? '';
  return {
    i,
    node: toNode(r.node),
    name,
    nameEn,
    latin,
    forms,
    population: r.population ?? 0,
    degree: r.degree,
    exact: { names: [name, nameEn, latin].map(normalise), forms: ` ${normalise(forms)} ` },
  };
}

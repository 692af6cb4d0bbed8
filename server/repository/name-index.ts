// The in-process name index search reads: every entity's names, Latin spelling and case forms in MiniSearch, one
// index per graph version. Each search first reads the version stored in the database (one small query, shared
// by the searches that arrive together: graph-version.ts), so when another API process on the same Neo4j imports
// or removes a report, the next search here rebuilds and sees it.
import { setImmediate as nextTurn } from 'node:timers/promises';
import MiniSearch from 'minisearch';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { GraphNode } from '../../neo4j/contract/subgraph.js';
import { transliterate } from '../../import/index.js';
import { graphVersion } from './graph-version.js';
import { toNode, type RawNode } from './shape.js';

export interface Entry {
  /** Position in `entries`, MiniSearch's document id. */
  i: number;
  node: GraphNode;
  name: string;
  nameEn: string;
  /** The name spelt in Latin letters (`moskva`), for names in Cyrillic. */
  latin: string;
  forms: string;
  population: number;
  degree: number;
  /** Normalised once at build time, for search's exact-name test: its names, and ` forms ` between spaces. */
  exact: { names: string[]; forms: string };
}

export interface NameIndex {
  version: string;
  entries: Entry[];
  search: MiniSearch<Entry>;
}

/**
 * Lowercase, ё as е, no diacritics on Latin letters: `Ürümqi` and `urumqi`, `Орёл` and `орел` are one term
 * (but й stays й: it is a letter of its own, not и with a mark).
 */
export const normalise = (s: string): string =>
  s.toLowerCase().replace(/ё/g, 'е').normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');

/** Words: letters and digits only. */
export const words = (s: string): string[] => normalise(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

const CYRILLIC = /[а-яё]/i;
/** Documents added per turn of the event loop while building: other requests are answered in between. */
const CHUNK = 200;

const current = new WeakMap<GraphDb, { version: string; index: Promise<NameIndex> }>();

/** The index for the graph as the database holds it now; concurrent searches share one build. */
export async function nameIndex(db: GraphDb): Promise<NameIndex> {
  const version = await graphVersion(db);
  const held = current.get(db);
  if (held?.version === version) return held.index;
  // Read after the version, so the index never holds an older graph than its label says (at worst a newer one,
  // which the next search's version check replaces).
  const index = build(db, version);
  current.set(db, { version, index });
  index.catch(() => {
    if (current.get(db)?.index === index) current.delete(db);
  });
  return index;
}

async function build(db: GraphDb, version: string): Promise<NameIndex> {
  // Not the request's abort signal: the build serves every request waiting for it.
  const rows = await db.read<Row>('search-entries', {}, { signal: new AbortController().signal, timeoutMs: 60_000 });
  // Also in turns of the event loop: normalising and transliterating 17k names takes tens of ms.
  const entries: Entry[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    for (const r of rows.slice(start, start + CHUNK)) entries.push(toEntry(r, entries.length));
    await nextTurn();
  }
  const search = new MiniSearch<Entry>({
    idField: 'i',
    fields: ['name', 'nameEn', 'latin', 'forms'],
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0),
    processTerm: (term) => normalise(term),
  });
  await search.addAllAsync(entries, { chunkSize: CHUNK });
  return { version, entries, search };
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

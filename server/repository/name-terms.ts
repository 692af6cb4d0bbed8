// The name index's terms and its MiniSearch index over prepared entries: plain code with no importer behind it,
// kept apart from the reading of entries (name-index.ts), which needs the importer's transliteration.
import MiniSearch from 'minisearch';
import type { GraphNode } from '../../neo4j/contract/subgraph.js';

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

/** Documents added per turn of the event loop while building: other work is done in between. */
export const CHUNK = 200;

/** The MiniSearch index over `entries` (each entry's `i` its position there). */
export async function indexEntries(entries: Entry[], version: string): Promise<NameIndex> {
  const search = new MiniSearch<Entry>({
    idField: 'i',
    fields: ['name', 'nameEn', 'latin', 'forms'],
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0),
    processTerm: (term) => normalise(term),
  });
  await search.addAllAsync(entries, { chunkSize: CHUNK });
  return { version, entries, search };
}

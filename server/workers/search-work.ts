// What runs in the search thread: the name index of one graph version, built from entries the event loop read
// and prepared, and every search over it. A search names the version it expects; answered from another (or
// from none, in a fresh thread) it gets null and the caller sends the entries again.
import type { EntityKind } from '../../neo4j/contract/common.js';
import type { SearchHit } from '../../neo4j/contract/search.js';
import { indexEntries, type Entry, type NameIndex } from '../repository/name-terms.js';
import { searchIndex } from '../repository/search-rank.js';

let held: NameIndex | undefined;

export async function build({ version, entries }: { version: string; entries: Entry[] }): Promise<void> {
  held = undefined;
  held = await indexEntries(entries, version);
}

export function search({ version, q, kinds, limit }: { version: string; q: string; kinds?: EntityKind[]; limit: number }): SearchHit[] | null {
  if (held?.version !== version) return null;
  return searchIndex(held, q, kinds, limit);
}

// Search as a user types: entities by any prefix, case form, typo or Latin spelling of their names, from the
// in-process name index (measured against a Lucene query on Neo4j's full-text index in bench/search.ts: BENCHMARKS.md).
// It runs on the event loop: a search costs a fraction of a ms of CPU there, where handing it to a worker thread
// and back cost more than the search itself (BENCHMARKS.md); only building the index is spread over many turns.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { EntityKind } from '../../neo4j/contract/common.js';
import type { SearchHit } from '../../neo4j/contract/search.js';
import { nameIndex } from './name-index.js';
import { queryWords, searchIndex } from './search-rank.js';

export { queryWords, searchIndex } from './search-rank.js';

export async function search(db: GraphDb, q: string, kinds: EntityKind[] | undefined, limit: number): Promise<SearchHit[]> {
  if (queryWords(q).length === 0) return [];
  return searchIndex(await nameIndex(db), q, kinds, limit);
}

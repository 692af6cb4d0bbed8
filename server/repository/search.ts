// Search as a user types: entities by any prefix, case form, typo or Latin spelling of their names, from the
// in-process name index (measured against a Lucene query on Neo4j's full-text index in bench/search.ts: BENCHMARKS.md).
// The server runs it in its search thread (server/workers/search-thread.ts); this is the same search on the
// calling thread, for the bench's comparison.
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

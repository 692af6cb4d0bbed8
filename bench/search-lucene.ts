// The other way search could work, kept for the bench's comparison (bench/search.ts): a Lucene query on Neo4j's
// full-text index `entity_names`, built from sanitised words (exact, prefix, fuzzy, diacritic-free and stem).
import type { GraphDb } from '../neo4j/db/graph-db.js';
import type { EntityKind } from '../neo4j/contract/common.js';
import { toNode, type RawNode } from '../server/repository/shape.js';
import { queryWords } from '../server/repository/search.js';
import type { SearchHit } from '../neo4j/contract/search.js';

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * One clause per word, all words required: the word itself (boosted), as a prefix, fuzzy, its diacritic-free
 * form, and for longer words the stem (the word minus 1–2 letters) as a prefix, so `гомеля` finds Гомель.
 */
export function luceneQuery(words: string[]): string {
  return words
    .map((w) => {
      const alts = new Set([`${w}^4`, `${w}*^2`]);
      // Fuzzy terms scan the index's dictionary: only for words long enough to be typos rather than a prefix being typed.
      if (w.length >= 5) alts.add(`${w}~1`);
      const folded = fold(w);
      if (folded !== w) alts.add(`${folded}^3`).add(`${folded}*`);
      if (w.length >= 5) alts.add(`${w.slice(0, -1)}*`);
      if (w.length >= 6) alts.add(`${w.slice(0, -2)}*`);
      return `(${[...alts].join(' OR ')})`;
    })
    .join(' AND ');
}

export const luceneParams = (q: string, kinds: EntityKind[] | null = null, limit = 20) => {
  const words = queryWords(q);
  return { query: luceneQuery(words), exact: words.join(' '), kinds, limit };
};

export async function luceneSearch(db: GraphDb, q: string, kinds: EntityKind[] | undefined, limit: number): Promise<SearchHit[]> {
  if (queryWords(q).length === 0) return [];
  const rows = await db.read<{ node: RawNode; score: number }>('search-lucene', luceneParams(q, kinds ?? null, limit));
  return rows.map((r) => ({ ...toNode(r.node), score: Math.round(r.score * 1000) / 1000 }));
}

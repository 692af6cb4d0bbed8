// Full-text search over entity names: a Lucene query built from sanitised words, exact, prefix, fuzzy and stem.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { EntityKind } from '../../neo4j/contract/common.js';
import type { SearchHit } from '../../neo4j/contract/search.js';
import { toNode, type RawNode } from './shape.js';

/** Words of the query: letters and digits only, so no Lucene syntax from the user reaches the index. */
export function queryWords(q: string): string[] {
  return q
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

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

export async function search(db: GraphDb, q: string, kinds: EntityKind[] | undefined, limit: number): Promise<SearchHit[]> {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const rows = await db.read<{ node: RawNode; score: number }>('search', {
    query: luceneQuery(words),
    exact: words.join(' '),
    kinds: kinds ?? null,
    limit,
  });
  return rows.map((r) => ({ ...toNode(r.node), score: Math.round(r.score * 1000) / 1000 }));
}

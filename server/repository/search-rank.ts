// Ranking a search over the name index: which entries a query matches and in what order. Plain code over a
// built index.
import type { Query } from 'minisearch';
import type { EntityKind } from '../../neo4j/contract/common.js';
import type { SearchHit } from '../../neo4j/contract/search.js';
import { words as wordsOf, type Entry, type NameIndex } from './name-terms.js';

/** Words of the query (at most 8): letters and digits only. */
export function queryWords(q: string): string[] {
  return wordsOf(q).slice(0, 8);
}

/** Hits the index's relevance keeps before ranking, as Lucene's best 200 did. */
const CANDIDATES = 200;
const DECLINED = new Set(['City', 'Country', 'Region']);

/**
 * Every word required, each as typed (also as a prefix), with one typo for words of 5 letters or more (shorter
 * ones are a prefix being typed, not a typo), and for longer words its stem as a prefix, so `омского` finds Омский.
 */
function query(words: string[]): Query {
  return {
    combineWith: 'AND',
    queries: words.map((w) => ({
      combineWith: 'OR',
      queries: [
        { queries: [w], prefix: true, fuzzy: w.length >= 5 ? 1 : false },
        ...(w.length >= 5 ? [{ queries: [w.slice(0, -1)], prefix: true }] : []),
        ...(w.length >= 6 ? [{ queries: [w.slice(0, -2)], prefix: true }] : []),
      ],
    })),
  };
}

/** Is the whole query one of the entry's names (Russian, English or Latin), or for a place one of its case forms? */
function isExact(e: Entry, exact: string): boolean {
  if (e.exact.names.includes(exact)) return true;
  return DECLINED.has(e.node.kind) && e.exact.forms.includes(` ${exact} `);
}

export function searchIndex(index: NameIndex, q: string, kinds: EntityKind[] | undefined, limit: number): SearchHit[] {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const allowed = kinds ? new Set<string>(kinds) : null;
  const found = index.search
    .search(query(words), {
      boost: { name: 3, nameEn: 2, latin: 1.5, forms: 1 },
      filter: allowed ? (r) => allowed.has(index.entries[r.id as number]!.node.kind) : undefined,
    })
    .slice(0, CANDIDATES);
  const exact = words.join(' ');
  // An exact name, or a place's exact case form, outranks any score; among exact matches the better-known place
  // wins (Париж, FR, before Paris, US): population, then how connected it is, then whether it is on the map.
  const ranked = found.map((r) => ({ e: index.entries[r.id as number]!, score: r.score, exact: isExact(index.entries[r.id as number]!, exact) }));
  ranked.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      (a.exact ? 0 : b.score - a.score) ||
      b.e.population - a.e.population ||
      b.e.degree - a.e.degree ||
      Number(b.e.node.lat !== null) - Number(a.e.node.lat !== null) ||
      b.score - a.score ||
      a.e.name.length - b.e.name.length,
  );
  return ranked.slice(0, limit).map((r) => ({ ...r.e.node, score: Math.round(r.score * 1000) / 1000 }));
}

// The answer of GET /api/search: entities by name, each with its score.
import { z } from 'zod';
import { GraphNode } from './subgraph.js';

export const SearchHit = GraphNode.extend({ score: z.number().meta({ example: 19.14 }) }).meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z
  .object({ query: z.string(), hits: z.array(SearchHit) })
  .meta({ id: 'SearchResult', example: { query: 'гомеля', hits: [{ id: 'city:gomel', kind: 'City', name: 'Гомель', nameEn: 'Gomel', country: 'BY', lat: 52.4345, lon: 30.9754, city: null, score: 19.14 }] } });
export type SearchResult = z.infer<typeof SearchResult>;

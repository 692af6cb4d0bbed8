// GET /api/search: entities by name in Russian or English, any case form, prefix and typo-tolerant.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { search } from '../repository/search.js';
import { csvList, EntityKind, ErrorBody } from '../../neo4j/contract/common.js';
import { GraphNode } from '../../neo4j/contract/subgraph.js';

const SearchQuery = z.object({
  q: z.string().trim().min(1).max(100).meta({ description: 'Name or part of it, any case form', example: 'гомеля' }),
  kinds: csvList(EntityKind, { max: 6 }).optional().meta({ description: 'Entity kinds, comma-separated', example: 'City,Institution' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const SearchHit = GraphNode.extend({ score: z.number().meta({ example: 19.14 }) }).meta({ id: 'SearchHit' });
const SearchResult = z
  .object({ query: z.string(), hits: z.array(SearchHit) })
  .meta({ id: 'SearchResult', example: { query: 'гомеля', hits: [{ id: 'city:gomel', kind: 'City', name: 'Гомель', nameEn: 'Gomel', country: 'BY', lat: 52.4345, lon: 30.9754, city: null, score: 19.14 }] } });

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/search',
    {
      schema: {
        summary: 'Find entities by name (Russian or English, any case form, prefix, typos)',
        tags: ['entities'],
        querystring: SearchQuery,
        response: { 200: SearchResult, 400: ErrorBody, 503: ErrorBody, 504: ErrorBody },
      },
    },
    async (request) => {
      const { q, kinds, limit } = request.query;
      return { query: q, hits: await search(app.db, q, kinds, limit) };
    },
  );
};

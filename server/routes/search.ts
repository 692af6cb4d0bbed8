// GET /api/search: entities by name in Russian or English, any case form, prefix and typo-tolerant.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvList, EntityKind, ErrorBody } from '../../neo4j/contract/common.js';
import { SearchResult } from '../../neo4j/contract/search.js';
import { search } from '../repository/search.js';

const SearchQuery = z.object({
  q: z.string().trim().min(1).max(100).meta({ description: 'Name or part of it, any case form', example: 'гомеля' }),
  kinds: csvList(EntityKind, { max: 6 }).optional().meta({ description: 'Entity kinds, comma-separated', example: 'City,Institution' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

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
      return { query: q, hits: await search(request.db, q, kinds, limit) };
    },
  );
};

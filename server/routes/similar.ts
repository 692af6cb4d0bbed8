// GET /api/similar/:id: the cities with the most partners in common with this one (count, Jaccard, Adamic–Adar).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { similar } from '../repository/similar.js';
import { entityIdParam, kindsParam, PARTNER_KINDS, readErrors } from '../../neo4j/contract/common.js';
import { Similar } from '../../neo4j/contract/similar.js';

export const similarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/similar/:id',
    {
      schema: {
        summary: 'Cities with the most partners in common with this one, ranked',
        tags: ['graph'],
        params: z.object({ id: entityIdParam }),
        querystring: z.object({ kinds: kindsParam(PARTNER_KINDS), limit: z.coerce.number().int().min(1).max(100).default(10) }),
        response: { 200: Similar, ...readErrors },
      },
    },
    async (request) => similar(request.db, request.params.id, request.query.kinds ?? PARTNER_KINDS, request.query.limit),
  );
};

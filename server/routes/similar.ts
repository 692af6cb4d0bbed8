// GET /api/similar/:id: the cities with the most partners in common with this one (count, Jaccard, Adamic–Adar).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { similar } from '../repository/similar.js';
import { entityIdParam, kindsParam, PARTNER_KINDS, readErrors } from '../../neo4j/contract/common.js';
import { GraphNode } from '../../neo4j/contract/subgraph.js';

const SimilarCity = z
  .object({
    city: GraphNode,
    common: z.number().int().meta({ example: 2 }),
    jaccard: z.number().meta({ description: 'common / size of the union of both partner sets', example: 0.118 }),
    adamicAdar: z.number().meta({ description: 'Σ 1/log(degree) over the shared partners', example: 1.82 }),
    shared: z.array(GraphNode),
  })
  .meta({ id: 'SimilarCity' });

export const similarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/similar/:id',
    {
      schema: {
        summary: 'Cities with the most partners in common with this one, ranked',
        tags: ['graph'],
        params: z.object({ id: entityIdParam }),
        querystring: z.object({ kinds: kindsParam(PARTNER_KINDS), limit: z.coerce.number().int().min(1).max(100).default(10) }),
        response: { 200: z.object({ of: GraphNode, similar: z.array(SimilarCity) }).meta({ id: 'Similar' }), ...readErrors },
      },
    },
    async (request) => similar(app.db, request.params.id, request.query.kinds ?? PARTNER_KINDS, request.query.limit),
  );
};

// GET /api/paths: the shortest path between two entities and up to k alternatives, with evidence per hop.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { paths } from '../repository/paths.js';
import { entityIdParam, kindsParam, readErrors, ErrorBody } from '../../neo4j/contract/common.js';
import { Paths } from '../../neo4j/contract/paths.js';
import { RELATION_KINDS } from '../../neo4j/model/kinds.js';
import { expensive } from '../plugins/rate-limit.js';

const Query = z
  .object({
    from: entityIdParam.meta({ example: 'inst:srednya-shkola-75-gomelya' }),
    to: entityIdParam.meta({ example: 'inst:omskiy-gosuda-univer-f-m-dostoye' }),
    kinds: kindsParam(RELATION_KINDS.slice()),
    maxHops: z.coerce.number().int().min(1).max(6).default(4),
    k: z.coerce.number().int().min(0).max(5).default(2).meta({ description: 'Alternatives beyond the shortest path' }),
  })
  .refine((q) => q.from !== q.to, { path: ['to'], message: 'must differ from `from`' });

export const pathsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/paths',
    {
      config: expensive(app),
      schema: {
        summary: 'Shortest path between two entities and up to k alternatives (hops ≤ 6, k ≤ 5)',
        description:
          'Alternatives have distinct routes (node sequences). Countries are only path ends, and two countries are not joined (422). The search stops at the read time limit (504).',
        tags: ['graph'],
        querystring: Query,
        response: { 200: Paths, ...readErrors, 422: ErrorBody, 429: ErrorBody },
      },
    },
    async (request) => {
      const q = request.query;
      return paths(request.db, { ...q, kinds: q.kinds ?? RELATION_KINDS.slice() });
    },
  );
};

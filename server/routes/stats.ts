// GET /api/stats: counts per label and kind, and the city graph's degrees, components, centralities, communities.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { stats } from '../repository/stats.js';
import { ErrorBody, kindsParam, OVERVIEW_KINDS } from '../../neo4j/contract/common.js';
import { Stats } from '../../neo4j/contract/stats.js';
import { expensive } from '../plugins/rate-limit.js';

export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/stats',
    {
      config: expensive(app),
      schema: {
        summary: 'Graph statistics: counts, degree distribution, components, top cities, communities (Louvain)',
        tags: ['graph'],
        querystring: z.object({ kinds: kindsParam(OVERVIEW_KINDS) }),
        response: { 200: Stats, 400: ErrorBody, 429: ErrorBody, 503: ErrorBody, 504: ErrorBody },
      },
    },
    async (request) => stats(request.db, request.query.kinds ?? OVERVIEW_KINDS, app.heavyWork.metrics),
  );
};

// GET /api/stats: counts per label and kind, and the city graph's degrees, components, centralities, communities.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { stats } from '../repository/stats.js';
import { ErrorBody, kindsParam, OVERVIEW_KINDS } from '../schemas/common.js';
import { expensive } from '../plugins/rate-limit.js';

const Ranked = z.object({ id: z.string(), name: z.string(), value: z.number() }).meta({ id: 'RankedCity', example: { id: 'city:omsk', name: 'Омск', value: 24 } });

const Stats = z
  .object({
    labels: z.record(z.string(), z.number().int()).meta({ example: { City: 63, Country: 24, Institution: 21 } }),
    kinds: z.record(z.string(), z.number().int()).meta({ example: { TWIN: 7, AGREEMENT: 28, VISIT: 25 } }),
    cities: z.number().int().meta({ description: 'City nodes, linked or not' }),
    links: z.number().int().meta({ description: 'Pairs of cities related by one of the kinds' }),
    degreeDistribution: z.array(z.object({ degree: z.number().int(), cities: z.number().int() })),
    components: z.object({ count: z.number().int(), giantSize: z.number().int(), giantShare: z.number() }),
    topByDegree: z.array(Ranked),
    topByBetweenness: z.array(Ranked),
    topByPageRank: z.array(Ranked),
    communities: z.array(z.object({ id: z.number().int(), size: z.number().int(), members: z.array(z.object({ id: z.string(), name: z.string() })) })),
    computedAt: z.string(),
    cached: z.boolean().meta({ description: 'true when served from the cache (kept until the graph changes)' }),
  })
  .meta({ id: 'Stats' });

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
    async (request) => stats(app.db, request.query.kinds ?? OVERVIEW_KINDS, app.heavyWork.metrics),
  );
};

// GET /api/timeline: facts per year and kind, for the whole graph or around the given entities.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { timeline } from '../repository/timeline.js';
import { csvList, entityIdParam, kindsParam, OVERVIEW_KINDS, readErrors } from '../../neo4j/contract/common.js';
import { Timeline } from '../../neo4j/contract/timeline.js';

export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/timeline',
    {
      schema: {
        summary: 'Facts per year and kind (the whole graph, or around the given entities)',
        tags: ['graph'],
        querystring: z.object({
          ids: csvList(entityIdParam, { max: 20 }).optional().meta({ description: 'Entity ids, comma-separated', example: 'city:omsk' }),
          kinds: kindsParam(OVERVIEW_KINDS),
        }),
        response: { 200: Timeline, ...readErrors },
      },
    },
    async (request) => timeline(request.db, request.query.ids, request.query.kinds ?? OVERVIEW_KINDS),
  );
};

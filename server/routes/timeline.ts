// GET /api/timeline: facts per year and kind, for the whole graph or around the given entities.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { timeline } from '../repository/timeline.js';
import { csvList, entityIdParam, kindsParam, OVERVIEW_KINDS, readErrors } from '../../neo4j/contract/common.js';

const YearCount = z
  .object({
    year: z.number().int().nullable().meta({ example: 2023 }),
    total: z.number().int().meta({ example: 12 }),
    byKind: z.record(z.string(), z.number().int()).meta({ example: { TWIN: 2, VISIT: 10 } }),
  })
  .meta({ id: 'YearCount' });

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
        response: { 200: z.object({ years: z.array(YearCount), undated: YearCount }).meta({ id: 'Timeline' }), ...readErrors },
      },
    },
    async (request) => timeline(app.db, request.query.ids, request.query.kinds ?? OVERVIEW_KINDS),
  );
};

// Sources side by side: GET /api/sources (per city: facts both a report and a twin list state, only reports, only a
// list) and GET /api/sources/:id/facts?side= (one entity's facts on one side).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sourceCounts, sourceFacts } from '../repository/sources.js';
import { entityIdParam, kindsParam, readErrors } from '../../neo4j/contract/common.js';
import { SourceCounts, SourceFacts, SourceSide } from '../../neo4j/contract/sources.js';

export const sourcesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/sources',
    {
      schema: {
        summary: 'Sources side by side: per city, facts both reports and twin lists state, only reports, only a list',
        tags: ['graph'],
        querystring: z.object({
          kinds: kindsParam(['TWIN']),
          city: entityIdParam.optional().meta({ description: 'One city id; all cities when absent', example: 'city:omsk' }),
          limit: z.coerce.number().int().min(1).max(1_000).default(50),
        }),
        response: { 200: SourceCounts, ...readErrors },
      },
    },
    async (request) => ({
      cities: await sourceCounts(request.db, request.query.kinds ?? ['TWIN'], request.query.city, request.query.limit),
    }),
  );

  app.get(
    '/api/sources/:id/facts',
    {
      schema: {
        summary: "One entity's facts confirmed by both kinds of source, only in reports, or only in a twin list",
        tags: ['graph'],
        params: z.object({ id: entityIdParam }),
        querystring: z.object({
          side: SourceSide,
          kinds: kindsParam(['TWIN']),
          limit: z.coerce.number().int().min(1).max(1_000).default(200),
        }),
        response: { 200: SourceFacts, ...readErrors },
      },
    },
    async (request) =>
      sourceFacts(request.db, request.params.id, request.query.side, request.query.kinds ?? ['TWIN'], request.query.limit),
  );
};

// GET /api/shared-partners: the partners all given cities share, each with the evidence for every side.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sharedPartners } from '../repository/shared-partners.js';
import { csvList, entityIdParam, kindsParam, PARTNER_KINDS, readErrors } from '../../neo4j/contract/common.js';
import { SharedPartners } from '../../neo4j/contract/shared-partners.js';

const Query = z.object({
  ids: csvList(entityIdParam, { min: 2, max: 10 }).meta({ description: 'Two to ten entity ids, comma-separated', example: 'city:omsk,city:tomsk' }),
  kinds: kindsParam(PARTNER_KINDS),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const sharedPartnersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/shared-partners',
    {
      schema: {
        summary: 'Partners that all the given cities share, with the evidence for each side',
        tags: ['graph'],
        querystring: Query,
        response: { 200: SharedPartners, ...readErrors },
      },
    },
    async (request) => {
      const { ids, kinds, limit } = request.query;
      return sharedPartners(request.db, ids, kinds ?? PARTNER_KINDS, limit);
    },
  );
};

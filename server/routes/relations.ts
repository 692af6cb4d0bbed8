// GET /api/relations/:id: one relation with all its evidence (report, file, year, quote).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { relation } from '../repository/relation.js';
import { readErrors } from '../../neo4j/contract/common.js';
import { RelationDetail } from '../../neo4j/contract/relation.js';

export const relationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/relations/:id',
    {
      schema: {
        summary: 'One relation with all its evidence',
        tags: ['graph'],
        params: z.object({
          id: z.string().min(1).max(200).meta({ description: 'The edge id (elementId) from any subgraph answer', example: '5:dab5d6d9-e876-4411-abb7-9a78ebe5d6b6:0' }),
        }),
        response: { 200: RelationDetail, ...readErrors },
      },
    },
    async (request) => relation(request.db, request.params.id),
  );
};

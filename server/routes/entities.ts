// GET /api/entities/:id and /api/entities/:id/neighbours: one entity, and the subgraph around it.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { entity } from '../repository/entity.js';
import { neighbours } from '../repository/neighbours.js';
import { entityIdParam, kindsParam, readErrors, yearParam } from '../../neo4j/contract/common.js';
import { EntityDetail } from '../../neo4j/contract/entity.js';
import { Subgraph } from '../../neo4j/contract/subgraph.js';
import { RELATION_KINDS } from '../../neo4j/model/kinds.js';

const Params = z.object({ id: entityIdParam });

const NeighboursQuery = z
  .object({
    kinds: kindsParam(RELATION_KINDS.slice()),
    depth: z.coerce.number().int().min(1).max(3).default(1),
    yearFrom: yearParam.optional(),
    yearTo: yearParam.optional(),
    limit: z.coerce.number().int().min(1).max(2000).default(300).meta({ description: 'Most edges returned' }),
  })
  .refine((q) => q.yearFrom === undefined || q.yearTo === undefined || q.yearFrom <= q.yearTo, {
    path: ['yearTo'],
    message: 'must not be before yearFrom',
  });

export const entityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/entities/:id',
    {
      schema: {
        summary: 'One entity: properties, relation counts per kind, reports that mention it',
        tags: ['entities'],
        params: Params,
        response: { 200: EntityDetail, ...readErrors },
      },
    },
    async (request) => entity(request.db, request.params.id),
  );

  app.get(
    '/api/entities/:id/neighbours',
    {
      schema: {
        summary: 'The subgraph around an entity, depth 1–3 (countries are reached, not walked through)',
        tags: ['entities', 'graph'],
        params: Params,
        querystring: NeighboursQuery,
        response: { 200: Subgraph, ...readErrors },
      },
    },
    async (request) => {
      const q = request.query;
      return neighbours(request.db, { id: request.params.id, ...q, kinds: q.kinds ?? RELATION_KINDS.slice() });
    },
  );
};

// GET /api/graph: a filtered subgraph for the overview, in the shared nodes/edges shape.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { graph } from '../repository/graph.js';
import { OVERVIEW_KINDS, readErrors } from '../../neo4j/contract/common.js';
import { graphFilterFields, yearOrder, yearOrderError } from '../../neo4j/contract/graph-filters.js';
import { Subgraph } from '../../neo4j/contract/subgraph.js';

const Query = z.object(graphFilterFields).refine(yearOrder, yearOrderError);

export const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/graph',
    {
      schema: {
        summary: 'A filtered subgraph for the overview (kinds, countries, years, source, minimum degree)',
        tags: ['graph'],
        querystring: Query,
        response: { 200: Subgraph, ...readErrors },
      },
    },
    async (request) => {
      const q = request.query;
      return graph(request.db, { ...q, kinds: q.kinds ?? OVERVIEW_KINDS });
    },
  );
};

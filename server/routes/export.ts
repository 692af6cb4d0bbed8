// GET /api/export: the filtered graph with evidence as GraphML, GEXF, CSV or JSON, for Gephi, Cytoscape or a spreadsheet.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { expensive } from '../plugins/rate-limit.js';
import { toCsv, toGexf, toGraphml, toNodesCsv } from '../repository/export-formats.js';
import { graphWithEvidence } from '../repository/graph.js';
import { ErrorBody, OVERVIEW_KINDS, readErrors } from '../../neo4j/contract/common.js';
import { graphFilterFields, yearOrder, yearOrderError } from '../../neo4j/contract/graph-filters.js';

const FORMATS = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', render: toGraphml },
  gexf: { type: 'application/gexf+xml; charset=utf-8', render: toGexf },
  csv: { type: 'text/csv; charset=utf-8', render: toCsv },
  json: { type: 'application/json; charset=utf-8', render: (g: object) => JSON.stringify(g) },
} as const;

const Query = z
  .object({
    format: z.enum(['graphml', 'gexf', 'csv', 'json']).default('json'),
    table: z
      .enum(['edges', 'nodes'])
      .default('edges')
      .meta({ description: 'For csv: one row per edge (with evidence) or per node (with country and coordinates)' }),
    ...graphFilterFields,
  })
  .refine(yearOrder, yearOrderError);

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/export',
    {
      config: expensive(app),
      schema: {
        summary: 'The filtered graph with evidence, as a file (graphml, gexf, csv or json)',
        description:
          'Same filters as /api/graph. JSON is `{nodes, edges}` with every edge\'s evidence; CSV has one row per edge with both names and the quotes (`table=nodes`: one row per node with its country and coordinates); GEXF carries each fact\'s year as `start`/`end` for Gephi\'s timeline.',
        tags: ['graph'],
        querystring: Query,
        produces: ['application/json', 'application/graphml+xml', 'application/gexf+xml', 'text/csv'],
        response: {
          200: z.string().meta({ description: 'The file, in the requested format' }),
          ...readErrors,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { format, table, ...filters } = request.query;
      const g = await graphWithEvidence(request.db, { ...filters, kinds: filters.kinds ?? OVERVIEW_KINDS });
      const nodes = format === 'csv' && table === 'nodes';
      const f = nodes ? { ...FORMATS.csv, render: toNodesCsv } : FORMATS[format];
      const file = nodes ? 'twingraph-nodes.csv' : `twingraph.${format}`;
      // The body is already the file; a string payload with its own type skips the JSON serializer.
      return reply
        .type(f.type)
        .header('content-disposition', `attachment; filename="${file}"`)
        .serializer((s: string) => s)
        .send(f.render(g));
    },
  );
};

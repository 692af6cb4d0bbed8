// GET /api/country-links: the aggregate view of the whole network, countries as nodes and their links counted.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countryLinks } from '../repository/country-links.js';
import { kindsParam, readErrors, type RelationKind } from '../../neo4j/contract/common.js';
import { graphFilterFields, yearOrder, yearOrderError } from '../../neo4j/contract/graph-filters.js';
import { CountryLinks } from '../../neo4j/contract/country-links.js';

/** Twin links unless asked otherwise: the ties a country-level picture is about. */
const DEFAULT_KINDS: RelationKind[] = ['TWIN'];

const Query = z
  .object({
    kinds: kindsParam(DEFAULT_KINDS),
    yearFrom: graphFilterFields.yearFrom,
    yearTo: graphFilterFields.yearTo,
    source: graphFilterFields.source,
  })
  .refine(yearOrder, yearOrderError);

export const countryLinksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/country-links',
    {
      schema: {
        summary: 'The whole network by country: countries as nodes, the relations between them counted (default TWIN)',
        tags: ['graph'],
        querystring: Query,
        response: { 200: CountryLinks, ...readErrors },
      },
    },
    async (request) => {
      const q = request.query;
      return countryLinks(request.db, { ...q, kinds: q.kinds ?? DEFAULT_KINDS });
    },
  );
};

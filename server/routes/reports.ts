// GET /api/reports and /api/reports/:id: the imported reports, and one report's text and facts with evidence.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { report, reports } from '../repository/reports.js';
import { readErrors } from '../../neo4j/contract/common.js';
import { ReportDetail, reportIdParam, Reports } from '../../neo4j/contract/report.js';

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reports',
    {
      schema: {
        summary: 'The imported reports',
        tags: ['reports'],
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(500) }),
        response: { 200: Reports, ...readErrors },
      },
    },
    async (request) => ({ reports: await reports(request.db, request.query.limit) }),
  );

  app.get(
    '/api/reports/:id',
    {
      schema: {
        summary: "One report: its text and the facts it supports, with this report's evidence",
        tags: ['reports'],
        params: z.object({ id: reportIdParam }),
        response: { 200: ReportDetail, ...readErrors },
      },
    },
    async (request) => report(request.db, request.params.id),
  );
};

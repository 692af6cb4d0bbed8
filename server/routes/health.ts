// GET /api/health: is the server up, and is the graph database answering.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health } from '../../neo4j/contract/health.js';
import { VERSION } from '../version.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Server and database health',
        tags: ['meta'],
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const ping = await app.db.ping();
      const body = {
        status: ping.up ? ('ok' as const) : ('unavailable' as const),
        version: VERSION,
        database: ping.up
          ? { status: 'up' as const, latencyMs: ping.latencyMs }
          : {
              status: 'down' as const,
              latencyMs: ping.latencyMs,
              message: 'The graph database is not answering; queries will fail until it is back.',
            },
      };
      return reply.code(ping.up ? 200 : 503).send(body);
    },
  );
};

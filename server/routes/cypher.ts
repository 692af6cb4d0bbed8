// POST /api/cypher: a read-only Cypher query for researchers, behind the token, with a timeout and a row cap.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireToken } from '../plugins/auth.js';
import { expensive } from '../plugins/rate-limit.js';
import { cypherQuery } from '../repository/cypher-query.js';
import { ErrorBody } from '../../neo4j/contract/common.js';
import { CypherAnswer } from '../../neo4j/contract/cypher.js';

const CypherRequest = z
  .object({
    query: z.string().min(1).max(10_000).meta({ example: 'MATCH (c:City)-[:TWIN]-(p:City) RETURN c.name AS city, count(p) AS twins ORDER BY twins DESC LIMIT 5' }),
    params: z.record(z.string(), z.unknown()).default({}),
    timeoutMs: z.number().int().min(100).max(30_000).default(10_000),
    maxRows: z.number().int().min(1).max(5_000).default(1_000),
  })
  .meta({ id: 'CypherRequest' });

export const cypherRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/cypher',
    {
      config: expensive(app),
      preHandler: requireToken(app),
      schema: {
        summary: 'Run a read-only Cypher query (writes are refused by the database itself)',
        tags: ['research'],
        security: [{ bearer: [] }],
        body: CypherRequest,
        response: {
          200: CypherAnswer,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          429: ErrorBody,
          503: ErrorBody,
          504: ErrorBody,
        },
      },
    },
    // Half the cap for rows: their JSON here is compact, the answer's envelope and escapes add to it.
    async (request) => cypherQuery(request.db, { ...request.body, maxBytes: Math.floor(app.limits.answerBytes / 2) }),
  );
};

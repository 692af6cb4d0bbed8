// The bearer token that guards writes: none configured → writes disabled (403); wrong or missing → 401.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './error-handler.js';

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A preHandler for routes that change the graph or run researchers' queries. */
export function requireToken(app: FastifyInstance) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = app.config.apiToken;
    if (!token) {
      throw new HttpError(403, 'writes_disabled', 'Writes are disabled on this server: set TWINGRAPH_API_TOKEN to allow them.');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match || !same(match[1]!, token)) {
      reply.header('www-authenticate', 'Bearer realm="twingraph"');
      throw new HttpError(401, 'unauthorized', match ? 'The bearer token is wrong.' : 'Send the API token as `Authorization: Bearer <token>`.');
    }
  };
}

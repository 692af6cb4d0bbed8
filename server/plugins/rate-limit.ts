// Per-client limits on the expensive routes (paths, export, stats, cypher); other routes are not counted.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

export interface Limits {
  /** Requests per minute one client may make to each expensive route. */
  expensivePerMinute: number;
  /** Largest report upload, in bytes. */
  uploadBytes: number;
  /** Largest answer, in bytes (researchers' Cypher stops reading rows there). */
  answerBytes: number;
}

export const DEFAULT_LIMITS: Limits = { expensivePerMinute: 60, uploadBytes: 20 * 1024 * 1024, answerBytes: 16 * 1024 * 1024 };

/** The window every expensive route counts over. */
const WINDOW_MS = 60_000;

declare module 'fastify' {
  interface FastifyInstance {
    limits: Limits;
  }
}

export async function registerRateLimit(app: FastifyInstance, limits: Limits): Promise<void> {
  app.decorate('limits', limits);
  await app.register(rateLimit, {
    global: false,
    // Thrown into the error handler, which answers with this code and message. The plugin's `after` is the
    // time left until the window resets, not the window, so the message names the window itself.
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'rate_limited',
      message: `Too many requests: at most ${context.max} a minute on this endpoint; retry in ${Math.max(1, Math.ceil(context.ttl / 1000))} s.`,
    }),
  });
}

/** Route config that puts a route under the expensive-route limit. */
export function expensive(app: FastifyInstance) {
  return { rateLimit: { max: app.limits.expensivePerMinute, timeWindow: WINDOW_MS } };
}

// The site icon at /favicon.svg and /favicon.ico (browsers ask for the latter unprompted; a 404 there is noise in
// every log): three linked nodes, as SVG, cached for a day.
import type { FastifyInstance } from 'fastify';

export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<path d="M8 23 16 8l8 15z" fill="none" stroke="#4a6fa5" stroke-width="2.5"/>' +
  '<circle cx="16" cy="8" r="5" fill="#e07a3f"/><circle cx="8" cy="23" r="5" fill="#4a6fa5"/>' +
  '<circle cx="24" cy="23" r="5" fill="#3f9e6e"/></svg>';

export function registerFavicon(app: FastifyInstance): void {
  for (const url of ['/favicon.svg', '/favicon.ico']) {
    app.get(url, { schema: { hide: true } }, async (_req, reply) =>
      reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(FAVICON_SVG),
    );
  }
}

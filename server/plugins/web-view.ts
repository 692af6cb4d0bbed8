// Serves the Vite-built web view from dist/web at `/`, or a plain page saying how to build it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export async function registerWebView(app: FastifyInstance): Promise<void> {
  if (existsSync(`${WEB_DIST}index.html`)) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', index: 'index.html', wildcard: false });
    return;
  }
  app.get('/', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(
        '<!doctype html><meta charset="utf-8"><title>twingraph</title><h1>twingraph</h1>' +
          '<p>The web view is not built yet: run <code>npm run build:web</code>. The API is at <a href="/docs">/docs</a>.</p>',
      ),
  );
}

// Security headers on every answer (@fastify/helmet): a CSP that the Vite-built web view and Swagger UI live
// within, nosniff, and no framing by other sites.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Cytoscape.js adds one fixed <style> element (`.__________cytoscape_container { position: relative; }`) when it
 * mounts; its hash lets exactly that text in without allowing inline styles in general.
 */
const CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/** Registered after @fastify/swagger-ui, whose `swaggerCSP` lists the hashes of its own inline code. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const swagger = app.swaggerCSP ?? { script: [], style: [] };
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...swagger.script],
        styleSrc: ["'self'", CYTOSCAPE_STYLE, ...swagger.style],
        // PNG/SVG exports and Swagger UI's validator badge are data: or blob: images.
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // The server usually runs on plain HTTP (localhost or an intranet host): upgrading would break it.
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
  });
}

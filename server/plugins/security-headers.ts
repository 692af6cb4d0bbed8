// Security headers on every answer (helmet): a CSP that the Vite-built web view and Swagger UI live within,
// nosniff, and no framing by other sites.
import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Cytoscape.js adds one fixed <style> element (`.__________cytoscape_container { position: relative; }`) when it
 * mounts; its hash lets exactly that text in without allowing inline styles in general.
 */
const CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The headers helmet sets for this policy, worked out once. The policy is the same for every answer (no nonces),
 * and @fastify/helmet rebuilt the whole helmet middleware (parsing the CSP directives again) on every request, in
 * two hooks, one of them async: a measurable share of a small API answer's CPU (BENCHMARKS.md).
 */
export function securityHeaders(swagger: { script: string[]; style: string[] }): Record<string, string> {
  const middleware = helmet({
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
  const headers: Record<string, string> = {};
  // helmet only calls setHeader and removeHeader on the response; the request is not read for this policy.
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  middleware({} as never, response as never, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

/** Registered after @fastify/swagger-ui, whose `swaggerCSP` lists the hashes of its own inline code. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const headers = securityHeaders(app.swaggerCSP ?? { script: [], style: [] });
  // A callback hook: no promise per request.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

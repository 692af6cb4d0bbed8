// Builds the Fastify app (routes, schemas, OpenAPI, web view) around a GraphDb; never listens, so tests inject.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import type { GraphDb } from '../neo4j/db/graph-db.js';
import type { Config } from '../neo4j/config.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerFavicon } from './plugins/favicon.js';
import { registerWebView } from './plugins/web-view.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerRequestLimits } from './plugins/request-limits.js';
import { registerDatabaseBreaker } from './plugins/database-breaker.js';
import { DEFAULT_LIMITS, registerRateLimit, type Limits } from './plugins/rate-limit.js';
import { cypherRoutes } from './routes/cypher.js';
import { entityRoutes } from './routes/entities.js';
import { exportRoutes } from './routes/export.js';
import { graphRoutes } from './routes/graph.js';
import { countryLinksRoutes } from './routes/country-links.js';
import { healthRoutes } from './routes/health.js';
import { pathsRoutes } from './routes/paths.js';
import { relationRoutes } from './routes/relations.js';
import { reportRoutes } from './routes/reports.js';
import { reportWriteRoutes } from './routes/report-writes.js';
import { searchRoutes } from './routes/search.js';
import { similarRoutes } from './routes/similar.js';
import { statsRoutes } from './routes/stats.js';
import { timelineRoutes } from './routes/timeline.js';
import { sharedPartnersRoutes } from './routes/shared-partners.js';
import { sourcesRoutes } from './routes/sources.js';
import { openapiTransform } from './schemas/openapi-transform.js';
import { serializerCompiler } from './schemas/serializer.js';
import { VERSION } from './version.js';
import { openHeavyWork, type HeavyWork } from './workers/pool.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: GraphDb;
    config: Config;
    /** Worker threads for extraction and network measures. */
    heavyWork: HeavyWork;
  }
}

export interface AppOptions {
  db: GraphDb;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** Rate and upload limits (tests lower them). */
  limits?: Partial<Limits>;
}

export async function buildApp({ db, config, logger = false, limits }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    // Stop idle keep-alive sockets from holding a graceful shutdown open.
    forceCloseConnections: 'idle',
    requestTimeout: 60_000,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  app.decorate('config', config);
  app.decorate('heavyWork', openHeavyWork());
  app.addHook('onClose', async () => {
    await app.heavyWork.close();
  });
  registerErrorHandler(app);
  registerDatabaseBreaker(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'twingraph API',
        description:
          'A knowledge graph of inter-city relations (twin cities, agreements, visits) extracted from Russian municipal reports. Every relation carries its evidence.',
        version: VERSION,
      },
      tags: [
        { name: 'meta', description: 'Health and service information' },
        { name: 'entities', description: 'Cities, countries, institutions, events: search and details' },
        { name: 'graph', description: 'Subgraphs, paths, shared partners, relations with evidence' },
        { name: 'reports', description: 'The imported reports; upload and removal need the token' },
        { name: 'research', description: 'Read-only Cypher for researchers (needs the token)' },
      ],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'TWINGRAPH_API_TOKEN' } },
      },
    },
    transform: openapiTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await registerSecurityHeaders(app);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const allLimits = { ...DEFAULT_LIMITS, ...limits };
  registerRequestLimits(app, allLimits.answerBytes);
  await registerRateLimit(app, allLimits);
  await app.register(healthRoutes);
  await app.register(searchRoutes);
  await app.register(entityRoutes);
  await app.register(sourcesRoutes);
  await app.register(sharedPartnersRoutes);
  await app.register(pathsRoutes);
  await app.register(relationRoutes);
  await app.register(graphRoutes);
  await app.register(countryLinksRoutes);
  await app.register(exportRoutes);
  await app.register(similarRoutes);
  await app.register(timelineRoutes);
  await app.register(statsRoutes);
  await app.register(reportRoutes);
  await app.register(reportWriteRoutes);
  await app.register(cypherRoutes);
  registerFavicon(app);
  await registerWebView(app);
  return app;
}

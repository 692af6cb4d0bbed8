// Builds the Fastify app (routes, schemas, OpenAPI, web view) around a GraphDb; never listens, so tests inject.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { GraphDb } from './db/graph-db.js';
import type { Config } from './config.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerWebView } from './plugins/web-view.js';
import { healthRoutes } from './routes/health.js';
import { VERSION } from './version.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: GraphDb;
    config: Config;
  }
}

export interface AppOptions {
  db: GraphDb;
  config: Config;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp({ db, config, logger = false }: AppOptions): Promise<FastifyInstance> {
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
  registerErrorHandler(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'twingraph API',
        description:
          'A knowledge graph of inter-city relations (twin cities, agreements, visits) extracted from Russian municipal reports. Every relation carries its evidence.',
        version: VERSION,
      },
      tags: [{ name: 'meta', description: 'Health and service information' }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await registerWebView(app);
  return app;
}

// One error handler: stable `code` + human `message` bodies, 4xx explained, 5xx logged with context and hidden.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DatabaseUnavailableError, QueryRefusedError, QueryTimeoutError } from '../../neo4j/db/errors.js';
import { BadQueryError, ImportFailedError, NotFoundError, UnanswerableError, VersionRefusedError } from '../../neo4j/model/errors.js';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply.code(400).send({
        code: 'bad_request',
        message: `Invalid ${err.validationContext ?? 'request'}: ${err.validation
          .map((v) => `${v.instancePath.replace(/^\//, '') || '(root)'} ${v.message}`)
          .join('; ')}`,
        issues: err.validation.map((v) => ({
          field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)',
          message: v.message,
        })),
      });
    }
    if (err instanceof HttpError) {
      return reply.code(err.statusCode).send({ code: err.code, message: err.message });
    }
    if (err instanceof NotFoundError) {
      return reply.code(404).send({ code: 'not_found', message: err.message });
    }
    if (err instanceof VersionRefusedError) {
      return reply.code(409).send({ code: 'version_refused', message: err.message });
    }
    if (err instanceof ImportFailedError) {
      return reply.code(422).send({ code: 'import_failed', message: err.message });
    }
    if (err instanceof UnanswerableError) {
      return reply.code(422).send({ code: err.code, message: err.message });
    }
    if (err instanceof BadQueryError) {
      return reply.code(400).send({ code: 'bad_query', message: err.message });
    }
    if (err instanceof DatabaseUnavailableError) {
      request.log.warn({ err }, 'database unavailable');
      return reply.code(503).send({ code: 'database_unavailable', message: err.message });
    }
    if (err instanceof QueryTimeoutError) {
      return reply.code(504).send({ code: 'query_timeout', message: err.message });
    }
    if (err instanceof QueryRefusedError) {
      return reply.code(403).send({ code: 'query_refused', message: err.message });
    }
    const status = (err as FastifyError).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ code: (err as FastifyError).code?.toLowerCase() ?? 'bad_request', message: err.message });
    }
    // A client that hung up closed its session, so the driver fails the transaction it was in: expected, and the
    // answer goes nowhere; not an error of ours to log as one.
    if (request.db?.signal?.aborted) request.log.info({ err: err.message }, 'query ended: the client closed the connection');
    else request.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ code: 'internal_error', message: 'Something went wrong on our side.' });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` });
  });
}

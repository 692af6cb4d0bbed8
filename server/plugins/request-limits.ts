// Per-request limits: queries run under the request's abort signal (a client that hangs up stops its
// query in the database), and no answer may be larger than the byte cap.
import type { FastifyInstance } from 'fastify';
import type { GraphDb } from '../../neo4j/db/graph-db.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The database, its reads cancelled when this request's client hangs up: what routes read through. */
    db: GraphDb;
  }
}

export function registerRequestLimits(app: FastifyInstance, answerBytes: number): void {
  // Not Fastify's request.signal: it listens to the request stream's 'close', which Node emits as soon as a
  // POST body has been read. The response's 'close' before it has finished is the client hanging up.
  app.decorateRequest('db', null as unknown as GraphDb);
  app.addHook('onRequest', (request, reply, done) => {
    const hangUp = new AbortController();
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) hangUp.abort(new Error('the client closed the connection'));
    });
    request.db = app.db.withSignal(hangUp.signal);
    done();
  });

  // Answers are built from bounded queries; this is the last line, so a mistake never sends a client (or
  // the event loop, serialising it) tens of megabytes.
  // A callback hook, like the one above: no promise per answer.
  app.addHook('onSend', (request, reply, payload, done) => {
    const size = typeof payload === 'string' ? Buffer.byteLength(payload) : Buffer.isBuffer(payload) ? payload.length : 0;
    if (size <= answerBytes) return done(null, payload);
    request.log.warn({ url: request.url, size }, 'answer over the byte cap');
    reply.code(422).type('application/json; charset=utf-8').removeHeader('content-disposition');
    done(
      null,
      JSON.stringify({
        code: 'answer_too_large',
        message: `The answer would be ${size} bytes, over the ${answerBytes}-byte limit: narrow it (limit, kinds, years, countries).`,
      }),
    );
  });
}

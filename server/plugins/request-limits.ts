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
  // One handle per connection, not per request: an HTTP/1.1 connection carries one request at a time, and a
  // client hangs up by closing it, so its 'close' is the hang-up of whichever request it carries. A handle (its
  // AbortController, listener and GraphDb) per request was a measurable share of a small answer's CPU
  // (BENCHMARKS.md). Not Fastify's request.signal: it listens to the request stream's 'close', which Node emits
  // as soon as a POST body has been read. Nothing reads through request.db after its answer is sent (upload jobs
  // read through app.db), so a connection closed later, when idle, cancels nothing.
  const handles = new WeakMap<object, GraphDb>();
  app.decorateRequest('db', null as unknown as GraphDb);
  app.addHook('onRequest', (request, _reply, done) => {
    const socket = request.raw.socket;
    let db = handles.get(socket);
    if (!db) {
      const hangUp = new AbortController();
      socket.once('close', () => hangUp.abort(new Error('the client closed the connection')));
      db = app.db.withSignal(hangUp.signal);
      handles.set(socket, db);
    }
    request.db = db;
    done();
  });

  // Answers are built from bounded queries; this is the last line, so a mistake never sends a client (or
  // the event loop, serialising it) tens of megabytes.
  // A callback hook, like the one above: no promise per answer.
  app.addHook('onSend', (request, reply, payload, done) => {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: an answer whose length proves it under the cap is not
    // counted byte by byte (a walk over every answer, for the few near the cap).
    const size =
      typeof payload === 'string' ? (payload.length * 3 <= answerBytes ? 0 : Buffer.byteLength(payload)) : Buffer.isBuffer(payload) ? payload.length : 0;
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

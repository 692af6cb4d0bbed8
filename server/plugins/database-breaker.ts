// Once a query has found the database down, answer 503 at once (a managed read retries a lost server for
// up to the driver's maxTransactionRetryTime, 3 s, see neo4j/db/graph-db.ts) until a quick ping finds it back;
// so the server recovers by itself, and clients learn fast.
import type { FastifyInstance } from 'fastify';
import { DatabaseUnavailableError } from '../../neo4j/db/errors.js';

/** At most one ping per this interval while the database is down. */
const PROBE_EVERY_MS = 1_000;

export function registerDatabaseBreaker(app: FastifyInstance): void {
  let down = false;
  let probing: Promise<boolean> | undefined;
  let lastProbe = 0;

  const probe = async (): Promise<boolean> => {
    if (probing) return probing;
    if (Date.now() - lastProbe < PROBE_EVERY_MS) return false;
    lastProbe = Date.now();
    probing = app.db.ping(1_000).then((p) => p.up);
    try {
      return await probing;
    } finally {
      probing = undefined;
    }
  };

  app.addHook('onError', async (_request, _reply, err) => {
    if (err instanceof DatabaseUnavailableError) down = true;
  });

  // A callback hook: while the database is up (nearly always) a request costs one test, no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    // Health and the docs answer on their own; everything else under /api needs the database.
    if (!down || !request.url.startsWith('/api/') || request.url.startsWith('/api/health')) return done();
    probe().then(
      (up) => {
        if (!up) return done(new DatabaseUnavailableError());
        down = false;
        done();
      },
      (err: Error) => done(err),
    );
  });
}

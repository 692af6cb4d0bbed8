// One driver per process and the two ways to use it: timed, routed reads and atomic writes.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher.js';
import { translateNeo4jError } from './errors.js';

/** Default time limit for one read, so no request can make the database walk the whole graph. */
export const READ_TIMEOUT_MS = 10_000;
/** Time limit for one write transaction (one report's import). */
export const WRITE_TIMEOUT_MS = 120_000;

export type Params = Record<string, unknown>;

export interface ReadOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export class GraphDb {
  constructor(
    readonly driver: Driver,
    readonly database?: string,
    /** Cancels this handle's reads: an HTTP request's, aborted when its client hangs up (withSignal). */
    readonly signal?: AbortSignal,
  ) {}

  /**
   * The same database, its reads cancelled by `signal`. The server makes one per request, so every read made while
   * answering it stops when the client goes away (an explicit handle: AsyncLocalStorage, which did this before,
   * hooks every promise of the process on Node 20, a measurable share of a small request's CPU).
   */
  withSignal(signal: AbortSignal): GraphDb {
    return new GraphDb(this.driver, this.database, signal);
  }

  /**
   * The same database, its reads cancelled by no request: for work one request starts and others join (the
   * statistics of a graph version, the name index), which its starter's client hanging up must not end for them.
   */
  shared(): GraphDb {
    return this.signal ? new GraphDb(this.driver, this.database) : this;
  }

  /** Runs cypher/<name>.cypher in a READ-routed transaction and returns each record as a plain object. */
  async read<T = Record<string, unknown>>(name: string, params: Params = {}, opts: ReadOptions = {}): Promise<T[]> {
    return this.readText<T>(cypher(name), params, opts);
  }

  /** A read from query text the caller owns (researchers' /api/cypher); the session is READ, so writes fail. */
  async readText<T = Record<string, unknown>>(text: string, params: Params = {}, opts: ReadOptions = {}): Promise<T[]> {
    try {
      const result = await this.driver.executeQuery(text, params, {
        routing: neo4j.routing.READ,
        database: this.database,
        // The driver also sends the timeout to the server, which ends the transaction there: a query never
        // outlives its request's limit, even if this process stops waiting for it.
        transactionConfig: { timeout: opts.timeoutMs ?? READ_TIMEOUT_MS },
        // A client that goes away closes the session, which rolls the transaction back on the server.
        signal: opts.signal ?? this.signal,
      });
      return result.records.map((r) => r.toObject() as T);
    } catch (err) {
      throw translateNeo4jError(err);
    }
  }

  /**
   * Runs cypher/<name>.cypher as one auto-commit query in a READ session: one round trip and about half the
   * client CPU of executeQuery's managed transaction (BEGIN, RUN, COMMIT, with retries), for a small read run so
   * often that this overhead shows (the graph-version check before every search). No retry: callers retry.
   */
  async readAutoCommit<T = Record<string, unknown>>(name: string, params: Params = {}, timeoutMs = READ_TIMEOUT_MS): Promise<T[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      // The bookmarks executeQuery keeps: this read sees every write this driver made before it.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      const result = await session.run(cypher(name), params, { timeout: timeoutMs });
      return result.records.map((r) => r.toObject() as T);
    } catch (err) {
      throw translateNeo4jError(err);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: everything it does lands, or nothing does. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = WRITE_TIMEOUT_MS): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: timeoutMs });
    } catch (err) {
      throw translateNeo4jError(err);
    } finally {
      await session.close();
    }
  }

  /** Is the database answering right now? Never throws, never waits longer than `timeoutMs`. */
  async ping(timeoutMs = 2_000): Promise<{ up: boolean; latencyMs: number; message?: string }> {
    const started = performance.now();
    // An auto-commit run, not executeQuery: managed transactions retry a lost server for many seconds.
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return { up: true, latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      return { up: false, latencyMs: Math.round(performance.now() - started), message: (err as Error).message };
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
}

/** The project's one integer policy: plain JS numbers (counts and years fit easily in 2^53). */
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  const auth = user !== undefined ? neo4j.auth.basic(user, password ?? '') : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 50,
    // Fail fast when the server is gone: the API answers 503 and an import names the lost connection; a
    // rerun completes the job. Long retries only made every request hang for 15 s first.
    maxTransactionRetryTime: 3_000,
    logging: { level: 'error', logger: () => {} },
  });
}

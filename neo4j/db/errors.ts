// Neo4j driver errors turned into the project's own, at the boundary, so callers never parse driver codes.
import { Neo4jError } from 'neo4j-driver';

export class DatabaseUnavailableError extends Error {
  constructor(message = 'The graph database is unreachable; try again shortly.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

export class QueryTimeoutError extends Error {
  constructor(message = 'The query took longer than its time limit.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QueryTimeoutError';
  }
}

export class QueryRefusedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QueryRefusedError';
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps a driver error to a project error; anything unknown passes through unchanged. */
export function translateNeo4jError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const code = err.code ?? '';
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.Cluster')) {
    return new DatabaseUnavailableError(undefined, { cause: err });
  }
  if (code.includes('TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new QueryTimeoutError(undefined, { cause: err });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.Forbidden')) {
    return new QueryRefusedError('Only read queries are allowed here.', { cause: err });
  }
  return err;
}

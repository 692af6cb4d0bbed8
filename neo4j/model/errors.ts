// Errors that say what went wrong in the project's terms, not HTTP's: the server maps them to status codes
// (server/plugins/error-handler.ts), the CLI to messages and exit codes. The database's own errors are in
// neo4j/db/errors.ts.

/** An id that names nothing in the graph. */
export class NotFoundError extends Error {
  constructor(
    readonly what: 'entity' | 'relation' | 'report',
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(`No ${what} with id "${id}"`, options);
    this.name = 'NotFoundError';
  }
}

/** A report that could not be read, extracted or written; `message` names the file and why. */
export class ImportFailedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportFailedError';
  }
}

/**
 * A report that would replace an older version of itself (same city, year and title in the text) while stating far
 * fewer facts; `message` names both and how to replace anyway.
 */
export class VersionRefusedError extends Error {
  constructor(
    readonly file: string,
    readonly olderId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'VersionRefusedError';
  }
}

/** A well-formed request the graph will not answer (e.g. a path between two countries); `code` says which. */
export class UnanswerableError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UnanswerableError';
  }
}

/** A query the caller wrote that the database could not compile (the researchers' read-only Cypher). */
export class BadQueryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BadQueryError';
  }
}

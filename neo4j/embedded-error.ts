// The errors of the embedded Neo4j, with a code callers branch on (the CLI prints them, the server's start-up
// reports them). Apart so that the launcher's output reader and the start/stop logic share one definition.

export type EmbeddedErrorCode = 'NOT_BUILT' | 'PORT_IN_USE' | 'LOCKED' | 'TIMEOUT' | 'FAILED';

export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
  readonly code: EmbeddedErrorCode;
  constructor(message: string, code: EmbeddedErrorCode = 'FAILED', options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** The port is taken: a hint toward the setting that moves it. */
export const portInUse = (port: number) =>
  new EmbeddedNeo4jError(
    `port ${port} is already in use; stop what listens there or set TWINGRAPH_NEO4J_PORT to a free port`,
    'PORT_IN_USE',
  );

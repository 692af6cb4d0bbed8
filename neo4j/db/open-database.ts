// Connects to the configured Neo4j, or starts the embedded one, waits until it answers, and applies the schema.
import { setTimeout as delay } from 'node:timers/promises';
import { Neo4jError } from 'neo4j-driver';
import path from 'node:path';
import type { Config } from '../config.js';
import { startEmbedded, type EmbeddedNeo4j } from '../embedded.js';
import { createDriver, GraphDb } from './graph-db.js';
import { applySchema } from './schema.js';
import { DatabaseUnavailableError } from './errors.js';

export interface OpenedDatabase {
  db: GraphDb;
  uri: string;
  mode: 'embedded' | 'external';
  /** Closes the driver and stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

type Log = (msg: string) => void;

const isPermanent = (err: unknown) =>
  err instanceof Neo4jError && (err.code.startsWith('Neo.ClientError.Security.') || err.code === 'Neo.ClientError.Database.DatabaseNotFound');

/** Waits for the server to accept a session (a connectivity check, not a sleep), up to `timeoutMs`. */
export async function waitForConnectivity(db: GraphDb, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await db.driver.verifyConnectivity({ database: db.database });
      return;
    } catch (err) {
      // Wrong credentials or a database the server lacks: waiting changes nothing, so say it at once.
      if (isPermanent(err)) throw err;
      lastError = err;
      await delay(500);
    }
  }
  throw new DatabaseUnavailableError(
    `Neo4j did not answer within ${Math.round(timeoutMs / 1000)} s: ${(lastError as Error)?.message ?? 'no answer'}`,
    { cause: lastError },
  );
}

export async function openDatabase(config: Config['neo4j'], log: Log = () => {}): Promise<OpenedDatabase> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri: string;
  let db: GraphDb;
  if (config.mode === 'embedded') {
    const dataDir = path.resolve(config.dataDir);
    log(`starting embedded Neo4j (data in ${dataDir}, Bolt port ${config.port})`);
    embedded = await startEmbedded({ dataDir, port: config.port, heap: config.heap, javaHome: config.javaHome, log });
    uri = embedded.uri;
    db = new GraphDb(createDriver({ uri, ...embedded.auth }), config.database);
  } else {
    uri = config.uri;
    db = new GraphDb(createDriver({ uri, user: config.user, password: config.password }), config.database);
  }
  try {
    await waitForConnectivity(db, config.mode === 'embedded' ? 60_000 : 30_000);
    await applySchema(db);
  } catch (err) {
    await db.close().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw err;
  }
  log(`connected to Neo4j at ${uri}${embedded && !embedded.owned ? ' (already running, left running on exit)' : ''}`);
  return {
    db,
    uri,
    mode: config.mode,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}

// Opens the configured graph database for one command (starting or reusing the embedded Neo4j when
// NEO4J_URI is unset) and always closes it; an unreachable database becomes one clear line.
import { loadConfig } from '../../neo4j/config.js';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { openDatabase, type OpenedDatabase } from '../../neo4j/db/open-database.js';
import { migrateToStatements } from '../graph/migrate.js';
import { reasonOf } from '../graph/reason.js';

export class DatabaseOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseOpenError';
  }
}

export async function withDatabase<T>(work: (db: GraphDb) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const where = config.neo4j.mode === 'external' ? config.neo4j.uri : `the embedded Neo4j (${config.neo4j.dataDir})`;
  let database: OpenedDatabase;
  try {
    database = await openDatabase(config.neo4j, (msg) => console.error(`[twingraph] ${msg}`));
  } catch (err) {
    const reason = reasonOf(err);
    throw new DatabaseOpenError(`cannot reach ${where}: ${reason}; nothing was written`, { cause: err });
  }
  try {
    await migrateToStatements(database.db, (msg) => console.error(`[twingraph] ${msg}`));
    return await work(database.db);
  } finally {
    await database.close();
  }
}

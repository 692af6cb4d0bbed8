// Connects a test file to the run's Neo4j (started by test/global-setup.ts) with the schema applied.
import { inject } from 'vitest';
import { createDriver, GraphDb } from '../../server/db/graph-db.js';
import { applySchema } from '../../server/db/schema.js';

/** Where the run's Neo4j is and its credentials, as driver options. */
export const testDbOptions = () => ({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });

/** The same as environment variables, for a child process (the CLI) that opens the database by itself. */
export const testDbEnv = () => ({ NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') });

export async function openTestDb(): Promise<GraphDb> {
  const db = new GraphDb(createDriver(testDbOptions()));
  await db.driver.verifyConnectivity();
  await applySchema(db);
  return db;
}

/** Empties the graph between test files that need a known starting point. */
export async function clearGraph(db: GraphDb): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

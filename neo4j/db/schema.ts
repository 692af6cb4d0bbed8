// Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS), so doing it twice is harmless.
import { cypherStatements } from './cypher.js';
import type { GraphDb } from './graph-db.js';

export async function applySchema(db: GraphDb): Promise<void> {
  // Schema commands cannot share a transaction with each other, so each runs on its own.
  for (const statement of cypherStatements('schema')) {
    await db.driver.executeQuery(statement, {}, { database: db.database, routing: 'WRITE' });
  }
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: db.database, routing: 'WRITE' });
}

// Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS), so doing it twice is harmless; an index
// an older twingraph defined differently under the same name is dropped first, so the data folder is migrated.
import { cypher, cypherStatements } from './cypher.js';
import type { GraphDb } from './graph-db.js';

export async function applySchema(db: GraphDb): Promise<void> {
  const write = { database: db.database, routing: 'WRITE' as const };
  const outdated = await db.driver.executeQuery(cypher('outdated-indexes'), {}, write);
  for (const record of outdated.records) {
    await db.driver.executeQuery(cypher('drop-index'), { name: record.get('name') as string }, write);
  }
  // Schema commands cannot share a transaction with each other, so each runs on its own.
  for (const statement of cypherStatements('schema')) await db.driver.executeQuery(statement, {}, write);
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, write);
}

// Starts the process: config, database (embedded or configured), first-run import, HTTP server, clean shutdown.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from '../neo4j/config.js';
import { openDatabase, type OpenedDatabase } from '../neo4j/db/open-database.js';
import { importSamplesIfEmpty } from './first-run.js';
import { migrateToStatements } from '../import/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const say = (msg: string) => console.log(`[twingraph] ${msg}`);
  let database: OpenedDatabase | undefined;
  try {
    database = await openDatabase(config.neo4j, say);
    await migrateToStatements(database.db, say);
    await importSamplesIfEmpty(database.db, say);
    const app = await buildApp({ db: database.db, config, logger: { level: config.logLevel } });
    const url = await app.listen({ port: config.http.port, host: config.http.host });
    say(`ready: ${url.replace('127.0.0.1', 'localhost')}  (API docs at ${url}/docs)`);

    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      say(`${signal}: finishing in-flight requests and stopping`);
      // Hard exit if something refuses to close, so Ctrl-C always works.
      setTimeout(() => process.exit(1), 30_000).unref();
      await app.close();
      await database?.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (err) {
    await database?.close().catch(() => {});
    throw err;
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(`twingraph could not start: ${(err as Error).message ?? err}`);
  process.exit(1);
});

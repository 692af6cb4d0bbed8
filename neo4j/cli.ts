// `npm run db:start|stop|status`: manage the local Neo4j for TWINGRAPH_DATA_DIR outside the server.
import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { EmbeddedNeo4jError, PASSWORD_FILE, embeddedStatus, startEmbedded, stopEmbedded } from './embedded.js';

async function main(command: string | undefined): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    return 2;
  }
  const { dataDir, port, heap, javaHome } = config.embedded;
  switch (command) {
    case 'start': {
      const db = await startEmbedded({ dataDir, port, heap, javaHome, detached: true, log: (line) => console.error(line) });
      console.log(`Neo4j ${db.owned ? 'started' : 'already running'} at ${db.uri} (pid ${db.pid})`);
      console.log(`user ${db.auth.user}, password in ${path.join(path.resolve(dataDir), PASSWORD_FILE)}`);
      return 0;
    }
    case 'stop':
      console.log((await stopEmbedded(dataDir)) ? `Neo4j for ${dataDir} stopped` : `Neo4j for ${dataDir} was not running`);
      return 0;
    case 'status': {
      const status = await embeddedStatus(dataDir);
      console.log(status.running ? `running at ${status.uri} (pid ${status.pid})` : `stopped (${dataDir})`);
      return status.running ? 0 : 3;
    }
    default:
      console.error('usage: tsx neo4j/cli.ts start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof EmbeddedNeo4jError ? err.message : String((err as Error)?.stack ?? err));
    process.exitCode = 1;
  },
);

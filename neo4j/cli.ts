// `npm run db:start|stop|status`: manage the local Neo4j for TWINGRAPH_DATA_DIR outside the server.
import { z } from 'zod';
import path from 'node:path';
import { EmbeddedNeo4jError, PASSWORD_FILE, embeddedStatus, startEmbedded, stopEmbedded } from './embedded.js';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const Env = z.object({
  TWINGRAPH_DATA_DIR: z.preprocess(blank, z.string().default('./.twingraph')),
  TWINGRAPH_NEO4J_PORT: z.preprocess(blank, z.coerce.number().int().min(1).max(65535).default(7687)),
  TWINGRAPH_NEO4J_HEAP: z.preprocess(blank, z.string().regex(/^\d+[kmg]$/i, 'must be like 512m or 2g').default('1g')),
});

async function main(command: string | undefined): Promise<number> {
  const parsed = Env.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    console.error(`invalid ${issue?.path.join('.')}: ${issue?.message}`);
    return 2;
  }
  const { TWINGRAPH_DATA_DIR: dataDir, TWINGRAPH_NEO4J_PORT: port, TWINGRAPH_NEO4J_HEAP: heap } = parsed.data;
  switch (command) {
    case 'start': {
      const db = await startEmbedded({ dataDir, port, heap, detached: true, log: (line) => console.error(line) });
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

// Starts, finds and stops the local Neo4j (the Java launcher in neo4j/) that owns a data folder, and reads the
// password the launcher generated for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { isAlive, isLauncherFor, liveOwner, removePidFile, waitForExit, writePidFile, type PidInfo } from './pidfile.js';
import { HOST, findFreePort, isPortFree } from './ports.js';
import { release, terminate, track, untrack } from './child-process.js';
import { EmbeddedNeo4jError, portInUse } from './embedded-error.js';
import { awaitReady, javaBin } from './launcher-ready.js';

export { findFreePort };

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** JVM heap, e.g. '1g' (default). */
  heap?: string;
  /** The JDK folder whose java runs Neo4j (the config's JAVA_HOME); default: the `java` on PATH. */
  javaHome?: string;
  /** Neo4j page cache (off-heap), e.g. '256m' (default). */
  pageCache?: string;
  log?: (line: string) => void;
  /** How long to wait for Neo4j to answer; default 120000. */
  timeoutMs?: number;
  /** Let Neo4j outlive this process (db:start). Default false: it stops with this process. */
  detached?: boolean;
  /**
   * Neo4j's `db.transaction.timeout`: the database itself ends any transaction older than this, whatever the
   * client asked for. Default 60.
   */
  transactionTimeoutSeconds?: number;
}

/** The user the launcher gives a generated password; its password is in <dataDir>/neo4j-password (mode 0600). */
export const EMBEDDED_USER = 'neo4j';
export const PASSWORD_FILE = 'neo4j-password';

export interface EmbeddedCredentials {
  user: string;
  password: string;
}

/** The credentials of the embedded Neo4j of `dataDir`; the launcher writes them on its first start. */
export function embeddedCredentials(dataDir: string): EmbeddedCredentials {
  const file = path.join(path.resolve(dataDir), PASSWORD_FILE);
  try {
    return { user: EMBEDDED_USER, password: readFileSync(file, 'utf8').trim() };
  } catch (err) {
    throw new EmbeddedNeo4jError(`cannot read the Neo4j password in ${file}: ${(err as Error).message}`, 'FAILED', {
      cause: err,
    });
  }
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  dataDir: string;
  /** The generated credentials (user `neo4j`), read from the data folder. */
  auth: EmbeddedCredentials;
  /** False when another launcher already owned the folder; stop() then leaves it running. */
  owned: boolean;
  stop(): Promise<void>;
}

export { EmbeddedNeo4jError, type EmbeddedErrorCode } from './embedded-error.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const STOP_GRACE_MS = 30_000;
const SIZE = /^\d+[kmg]?$/i;

function classpath(): string {
  const classes = path.join(HERE, 'target', 'classes');
  const lib = path.join(HERE, 'lib');
  if (!existsSync(path.join(classes, 'twingraph', 'Launcher.class')) || !existsSync(lib)) {
    throw new EmbeddedNeo4jError('the Neo4j launcher is not built: run `npm run db:build` first', 'NOT_BUILT');
  }
  return [classes, path.join(lib, '*')].join(path.delimiter);
}

// --- start -----------------------------------------------------------------------------------------------

const starting = new Map<string, Promise<EmbeddedNeo4j>>();

export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const dataDir = path.resolve(opts.dataDir);
  const pending = starting.get(dataDir);
  if (pending) return borrowed(await pending);
  const start = doStart({ ...opts, dataDir });
  starting.set(dataDir, start);
  try {
    return await start;
  } finally {
    starting.delete(dataDir);
  }
}

const borrowed = (e: Pick<EmbeddedNeo4j, 'uri' | 'port' | 'pid' | 'dataDir' | 'auth'>): EmbeddedNeo4j => ({
  uri: e.uri,
  port: e.port,
  pid: e.pid,
  dataDir: e.dataDir,
  auth: e.auth,
  owned: false,
  stop: async () => {},
});

async function doStart(opts: EmbeddedOptions & { dataDir: string }): Promise<EmbeddedNeo4j> {
  const { dataDir, port, heap = '1g', pageCache = '256m', timeoutMs = 120_000, detached = false } = opts;
  const txTimeout = opts.transactionTimeoutSeconds ?? 60;
  if (!Number.isInteger(txTimeout) || txTimeout < 1) {
    throw new EmbeddedNeo4jError(`invalid transaction timeout ${txTimeout} (whole seconds, at least 1)`);
  }
  const log = opts.log ?? (() => {});
  const deadline = Date.now() + timeoutMs;
  if (!SIZE.test(heap)) throw new EmbeddedNeo4jError(`invalid heap size '${heap}' (use e.g. 512m or 2g)`);
  if (!SIZE.test(pageCache)) throw new EmbeddedNeo4jError(`invalid page cache size '${pageCache}' (use e.g. 256m)`);
  const cp = classpath();
  mkdirSync(path.join(dataDir, 'logs'), { recursive: true });

  const owner = liveOwner(dataDir);
  if (owner) return adopt(owner, dataDir, deadline, log, port);
  if (!(await isPortFree(port))) throw portInUse(port);

  const launcherLog = path.join(dataDir, 'logs', 'launcher.log');
  const fd = openSync(launcherLog, 'a');
  const logOffset = statSync(launcherLog).size;
  const args = [
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
    '-cp',
    cp,
    'twingraph.Launcher',
    dataDir,
    String(port),
    pageCache,
    String(txTimeout),
    ...(detached ? [] : ['--watch-stdin']), // the JVM exits when our end of its stdin closes
  ];
  log(`starting Neo4j on port ${port} (heap ${heap}, page cache ${pageCache}, data ${dataDir})`);
  const started = Date.now();
  let child: ChildProcess;
  try {
    child = spawn(javaBin(opts.javaHome), args, { detached, stdio: [detached ? 'ignore' : 'pipe', 'pipe', fd] });
  } finally {
    closeSync(fd); // the child holds its own copy
  }
  const uri = `bolt://${HOST}:${port}`;
  const pid = child.pid;
  if (pid !== undefined && !writePidFile(dataDir, { pid, port, uri })) {
    // Another process claimed the folder between our check and our spawn: use theirs.
    await terminate(child, 5_000);
    const other = liveOwner(dataDir);
    if (other) return adopt(other, dataDir, deadline, log, port);
    throw new EmbeddedNeo4jError(`${dataDir} is being started by another process; try again`, 'LOCKED');
  }
  child.once('exit', () => {
    removePidFile(dataDir, pid);
    untrack(child);
  });

  const stop = stopper(child, dataDir, pid);
  try {
    const readyUri = await awaitReady(child, port, deadline, { file: launcherLog, offset: logOffset });
    const auth = embeddedCredentials(dataDir);
    await verifyConnectivity(readyUri, auth);
    log(`Neo4j ready at ${readyUri} (pid ${pid}) in ${Date.now() - started} ms; logs in ${path.join(dataDir, 'logs')}`);
    if (!detached) track(child, stop);
    release(child);
    return { uri: readyUri, port, pid: pid!, dataDir, auth, owned: true, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Returns a launcher some other call or process started, once it answers. */
async function adopt(
  owner: PidInfo,
  dataDir: string,
  deadline: number,
  log: (line: string) => void,
  port: number,
): Promise<EmbeddedNeo4j> {
  const note = owner.port === port ? '' : ` (not on the requested port ${port})`;
  log(`Neo4j already running for ${dataDir} at ${owner.uri}${note}, pid ${owner.pid}; reusing it`);
  for (;;) {
    try {
      const auth = embeddedCredentials(dataDir);
      await verifyConnectivity(owner.uri, auth);
      return borrowed({ ...owner, dataDir, auth });
    } catch (err) {
      if (!isLauncherFor(owner.pid, dataDir)) {
        throw new EmbeddedNeo4jError(`the Neo4j process ${owner.pid} owning ${dataDir} exited while starting`);
      }
      if (Date.now() > deadline) {
        throw new EmbeddedNeo4jError(`Neo4j at ${owner.uri} (pid ${owner.pid}) did not answer in time`, 'TIMEOUT', {
          cause: err,
        });
      }
      await sleep(500);
    }
  }
}


async function verifyConnectivity(uri: string, auth: EmbeddedCredentials): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), { connectionTimeout: 5_000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }
}

// --- stop ------------------------------------------------------------------------------------------------

function stopper(child: ChildProcess, dataDir: string, pid: number | undefined): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      await terminate(child, STOP_GRACE_MS);
      removePidFile(dataDir, pid);
      untrack(child);
    })());
}

export async function embeddedStatus(dataDir: string): Promise<{ running: boolean; pid?: number; uri?: string }> {
  const owner = liveOwner(path.resolve(dataDir));
  return owner ? { running: true, pid: owner.pid, uri: owner.uri } : { running: false };
}

/** Stops the launcher owning `dataDir`, whoever started it. Resolves false when none was running. */
export async function stopEmbedded(dataDir: string): Promise<boolean> {
  const dir = path.resolve(dataDir);
  const owner = liveOwner(dir);
  if (!owner) return false;
  process.kill(owner.pid, 'SIGTERM');
  if (!(await waitForExit(owner.pid, STOP_GRACE_MS)) && isAlive(owner.pid)) {
    process.kill(owner.pid, 'SIGKILL');
    await waitForExit(owner.pid, 5_000);
  }
  removePidFile(dir, owner.pid);
  return true;
}

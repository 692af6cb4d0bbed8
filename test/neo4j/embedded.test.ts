// Starts the real embedded Neo4j in a throwaway folder: start, reuse, port clash, stop/status, restart keeps data,
// and the lock-down: authentication with a generated password, no HTTP port, no LOAD CSV, a DB-enforced timeout.
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import {
  EMBEDDED_USER,
  EmbeddedNeo4jError,
  PASSWORD_FILE,
  embeddedStatus,
  findFreePort,
  startEmbedded,
  stopEmbedded,
  type EmbeddedNeo4j,
} from '../../neo4j/embedded.js';

const JVM_START = 180_000; // a cold JVM + Neo4j on 2 cores

type Server = Pick<EmbeddedNeo4j, 'uri' | 'auth'>;

async function query<T>(db: Server, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.auth.user, db.auth.password));
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j', () => {
  let dataDir: string;
  let db: EmbeddedNeo4j | undefined;
  const opts = { heap: '512m', pageCache: '64m' };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'twingraph-embedded-'));
  });

  afterAll(async () => {
    await db?.stop();
    await stopEmbedded(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('starts on a free port and answers a write and a read', async () => {
    const port = await findFreePort();
    db = await startEmbedded({ dataDir, port, ...opts });
    expect(db).toMatchObject({ uri: `bolt://127.0.0.1:${port}`, owned: true, dataDir });
    await query(db, 'CREATE (:City {name: $name})', { name: 'Kazan' });
    const rows = await query<{ name: string }>(db, 'MATCH (c:City) RETURN c.name AS name');
    expect(rows).toEqual([{ name: 'Kazan' }]);
    expect(await embeddedStatus(dataDir)).toEqual({ running: true, pid: db.pid, uri: db.uri });
  }, JVM_START);

  it('returns the running instance for the same folder instead of starting another', async () => {
    const again = await startEmbedded({ dataDir, port: await findFreePort(), ...opts });
    expect(again).toMatchObject({ uri: db!.uri, pid: db!.pid, owned: false });
    await again.stop(); // not ours: must leave it running
    expect((await embeddedStatus(dataDir)).running).toBe(true);
  }, 30_000);

  it('fails fast with the port named when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'twingraph-embedded-'));
    try {
      const attempt = startEmbedded({ dataDir: otherDir, port, ...opts });
      await expect(attempt).rejects.toThrow(EmbeddedNeo4jError);
      await expect(attempt).rejects.toThrow(new RegExp(`port ${port}.*TWINGRAPH_NEO4J_PORT`));
      await expect(attempt).rejects.toMatchObject({ code: 'PORT_IN_USE' });
      // Fast because refused before any JVM is launched: the launcher never opened its log.
      expect(existsSync(path.join(otherDir, 'logs', 'launcher.log'))).toBe(false);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('stops, after which status says stopped', async () => {
    await db!.stop();
    db = undefined;
    expect(await embeddedStatus(dataDir)).toEqual({ running: false });
    expect(await stopEmbedded(dataDir)).toBe(false);
  }, 60_000);

  it('restarts on the same folder with the data kept', async () => {
    db = await startEmbedded({ dataDir, port: await findFreePort(), ...opts });
    expect(db.owned).toBe(true);
    const rows = await query<{ name: string }>(db, 'MATCH (c:City) RETURN c.name AS name');
    expect(rows).toEqual([{ name: 'Kazan' }]);
  }, JVM_START);

  it('gives a folder without a password file (one from before authentication) a new password on start', async () => {
    const old = db!.auth;
    await db!.stop();
    await rm(path.join(dataDir, PASSWORD_FILE));
    db = await startEmbedded({ dataDir, port: await findFreePort(), ...opts, transactionTimeoutSeconds: 45 });
    expect(db.auth.password).not.toBe(old.password);
    expect(await query<{ name: string }>(db, 'MATCH (c:City) RETURN c.name AS name')).toEqual([{ name: 'Kazan' }]);
    await expect(query({ uri: db.uri, auth: old }, 'RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
  }, JVM_START * 2);

  describe('lock-down', () => {
    it('refuses a connection without the password or with the default one', async () => {
      // Only one wrong password here: Neo4j locks the user for 5 s after 3 failed attempts in a row.
      for (const auth of [undefined, neo4j.auth.basic('neo4j', 'neo4j')]) {
        const driver = neo4j.driver(db!.uri, auth);
        try {
          await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
        } finally {
          await driver.close();
        }
      }
    });

    it('keeps the generated password in the data folder, readable by its owner only', async () => {
      const file = path.join(dataDir, PASSWORD_FILE);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(db!.auth).toEqual({ user: EMBEDDED_USER, password: readFileSync(file, 'utf8').trim() });
      expect(db!.auth.password.length).toBeGreaterThanOrEqual(24);
    });

    it('listens on the Bolt port of 127.0.0.1 only: no HTTP connector', () => {
      expect(listeningSockets(db!.pid)).toEqual([`127.0.0.1:${db!.port}`]);
    });

    it.each([
      ['a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
      ['a URL', 'LOAD CSV FROM $url AS line RETURN line'],
    ])('refuses LOAD CSV from %s', async (_what, cypher) => {
      const url = `http://127.0.0.1:${db!.port}/`;
      await expect(query(db!, cypher, { url })).rejects.toMatchObject({
        code: 'Neo.ClientError.Statement.ExternalResourceFailed',
      });
    });

    it('sets db.transaction.timeout, so the database itself ends a runaway transaction', async () => {
      const rows = await query<{ value: string }>(db!, "CALL dbms.listConfig('db.transaction.timeout') YIELD value RETURN value");
      expect(rows).toEqual([{ value: '45s' }]);
    });
  });
});

/** The TCP addresses `pid` listens on, from /proc (its socket inodes matched to LISTEN rows of /proc/net/tcp*). */
function listeningSockets(pid: number): string[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    const m = /^socket:\[(\d+)\]$/.exec(safeReadlink(`/proc/${pid}/fd/${fd}`));
    if (m) inodes.add(m[1]!);
  }
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] !== '0A' || !inodes.has(cols[9] ?? '')) continue; // 0A = LISTEN
      const [hexIp, hexPort] = cols[1]!.split(':') as [string, string];
      found.push(`${hexIp.length === 8 ? ipv4(hexIp) : ipv6(hexIp)}:${parseInt(hexPort, 16)}`);
    }
  }
  return found.sort();
}

const safeReadlink = (p: string) => {
  try {
    return readlinkSync(p);
  } catch {
    return '';
  }
};

/** /proc/net/tcp holds IPv4 addresses as little-endian hex. */
const ipv4 = (hex: string) => [3, 2, 1, 0].map((i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16)).join('.');

/** The JVM listens on IPv6 sockets; an IPv4-mapped loopback (::ffff:127.0.0.1) is reported as its IPv4 form. */
function ipv6(hex: string): string {
  if (hex.startsWith('0000000000000000FFFF0000')) return ipv4(hex.slice(24));
  return hex === '00000000000000000000000000000000' ? '::' : hex;
}

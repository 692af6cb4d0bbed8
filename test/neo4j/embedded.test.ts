// Starts the real embedded Neo4j in a throwaway folder: start, reuse, port clash, stop/status, restart keeps data.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import {
  EmbeddedNeo4jError,
  embeddedStatus,
  findFreePort,
  startEmbedded,
  stopEmbedded,
  type EmbeddedNeo4j,
} from '../../neo4j/embedded.js';

const JVM_START = 180_000; // a cold JVM + Neo4j on 2 cores

async function query<T>(uri: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri);
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
    await query(db.uri, 'CREATE (:City {name: $name})', { name: 'Kazan' });
    const rows = await query<{ name: string }>(db.uri, 'MATCH (c:City) RETURN c.name AS name');
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
    const started = Date.now();
    try {
      const attempt = startEmbedded({ dataDir: otherDir, port, ...opts });
      await expect(attempt).rejects.toThrow(EmbeddedNeo4jError);
      await expect(attempt).rejects.toThrow(new RegExp(`port ${port}.*TWINGRAPH_NEO4J_PORT`));
      await expect(attempt).rejects.toMatchObject({ code: 'PORT_IN_USE' });
      expect(Date.now() - started).toBeLessThan(5_000);
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
    const rows = await query<{ name: string }>(db.uri, 'MATCH (c:City) RETURN c.name AS name');
    expect(rows).toEqual([{ name: 'Kazan' }]);
  }, JVM_START);
});

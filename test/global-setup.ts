// Starts a throwaway Neo4j for the whole run: a free port and a temp data folder, so it never touches the
// user's data or collides with a running app. Tests reach it through inject('neo4jUri').
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, startEmbedded } from '../neo4j/embedded.js';
import { loadConfig } from '../neo4j/config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The throwaway server's generated credentials (authentication is always on). */
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'twingraph-test-'));
  const port = await findFreePort();
  // A generous start limit: on a shared, loaded machine the first start can take several minutes.
  const neo4j = await startEmbedded({ dataDir, port, heap: '1g', pageCache: '128m', javaHome: loadConfig().embedded.javaHome, timeoutMs: 600_000 });
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jUser', neo4j.auth.user);
  project.provide('neo4jPassword', neo4j.auth.password);
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

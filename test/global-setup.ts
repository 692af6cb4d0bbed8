// Starts a throwaway Neo4j for the whole run: a free port and a temp data folder, so it never touches the
// user's data or collides with a running app. Tests reach it through inject('neo4jUri').
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, startEmbedded } from '../neo4j/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'twingraph-test-'));
  const port = await findFreePort();
  const neo4j = await startEmbedded({ dataDir, port, heap: '1g', pageCache: '128m' });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

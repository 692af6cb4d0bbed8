// The twin list alone, the importer and its baseline (the same as in bench/import.ts) alternated `rounds` times on one
// throwaway server, each on an emptied graph: a quicker check than the whole import bench, and the CPU of this
// process and of Neo4j apart, which shows whether a change moved the JS or the database.
// Usage: npx tsx bench/import-twins.ts [rounds = 2]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDriver, GraphDb } from '../neo4j/db/graph-db.js';
import { applySchema } from '../neo4j/db/schema.js';
import { findFreePort, startEmbedded } from '../neo4j/embedded.js';
import { loadConfig } from '../neo4j/config.js';
import { run } from '../neo4j/db/tx.js';
import { importTwins } from '../import/twins/import-twins.js';
import { writeBaseline } from './baseline.js';
import { cpuSeconds } from './cpu.js';
import { timed, twinBatches, TWIN_LIST } from './import.js';

const rounds = Number(process.argv[2] ?? 2);
const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'twingraph-bench-'));
const neo4j = await startEmbedded({ dataDir, port: await findFreePort(), heap: '1g', javaHome: loadConfig().embedded.javaHome, timeoutMs: 600_000 });
const db = new GraphDb(createDriver({ uri: neo4j.uri, ...neo4j.auth }));
try {
  await applySchema(db);
  const batches = await twinBatches(TWIN_LIST);
  const sides = {
    baseline: async () => {
      for (const b of batches) {
        await db.writeTx(async (tx) => {
          await run(tx, 'merge-twin-list', { id: b.support, file: b.support.replace(/^csv:/, '') });
          await writeBaseline(tx, b, b.support);
        });
      }
    },
    importer: () => importTwins(db, TWIN_LIST),
  };
  const sums = { baseline: { wall: 0, cpu: 0 }, importer: { wall: 0, cpu: 0 } };
  // Round 0 warms both (every query planned, the JIT and the geocoder's index ready) and is not counted.
  for (let r = 0; r <= rounds; r++) {
    for (const side of ['baseline', 'importer'] as const) {
      let node = 0;
      let all = 0;
      const wall = await timed(db, async () => {
        const [n0, a0] = [nodeCpu(), cpuSeconds(neo4j.pid)];
        await sides[side]();
        [node, all] = [nodeCpu() - n0, cpuSeconds(neo4j.pid) - a0];
      });
      if (r > 0) {
        sums[side].wall += wall;
        sums[side].cpu += all;
      }
      const what = r === 0 ? 'warm-up' : `round ${r}`;
      console.log(`${what} ${side}: ${wall.toFixed(2)} s wall, CPU ${all.toFixed(2)} s (node ${node.toFixed(2)}, Neo4j ${(all - node).toFixed(2)}), load ${os.loadavg()[0]!.toFixed(1)}`);
    }
  }
  const { baseline, importer } = sums;
  console.log(`importer ÷ baseline over ${rounds} rounds: ${(baseline.wall / importer.wall).toFixed(2)}× wall, ${(baseline.cpu / importer.cpu).toFixed(2)}× CPU`);
} finally {
  await db.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
}

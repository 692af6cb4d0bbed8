// The graph's version as stored in the database: what every per-version cache in this process is keyed by, so
// several API processes on one Neo4j notice each other's imports and removals.
import type { GraphDb } from '../../neo4j/db/graph-db.js';

export async function graphVersion(db: GraphDb): Promise<string> {
  const [v] = await db.read<{ reports: number; latest: string | null; nodes: number; relationships: number }>('graph-version');
  return `${v?.reports}|${v?.latest}|${v?.nodes}|${v?.relationships}`;
}

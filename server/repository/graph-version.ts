// The graph's version as stored in the database: what every per-version cache in this process is keyed by, so
// several API processes on one Neo4j notice each other's imports and removals.
import type { GraphDb } from '../../neo4j/db/graph-db.js';

type Row = { reports: number; latest: string | null; nodes: number; relationships: number };

async function readVersion(db: GraphDb): Promise<string> {
  // Not the request's abort signal: one check serves every search waiting for it.
  const [v] = await db.readAutoCommit<Row>('graph-version');
  return `${v?.reports}|${v?.latest}|${v?.nodes}|${v?.relationships}`;
}

/**
 * One version check at a time per database, shared by every caller that asked while it was not yet running.
 * A caller never joins a check already under way (it may have been read before a write the caller has seen
 * commit, perhaps through another API process): it joins the next one, which starts when the running one ends.
 * So each caller gets a version read after it asked, and under load the database answers one check per round
 * trip instead of one per search.
 */
class VersionCheck {
  private running: Promise<string> | undefined;
  private next: Promise<string> | undefined;

  constructor(private readonly db: GraphDb) {}

  get(): Promise<string> {
    if (!this.running) return this.start();
    const settled = this.running.then(
      () => undefined,
      () => undefined,
    );
    this.next ??= settled.then(() => {
      this.next = undefined;
      return this.start();
    });
    return this.next;
  }

  private start(): Promise<string> {
    const check: Promise<string> = readVersion(this.db).finally(() => {
      if (this.running === check) this.running = undefined;
    });
    this.running = check;
    return check;
  }
}

// By driver: each request reads through a handle of its own (GraphDb.withSignal) over the one driver.
const checks = new WeakMap<GraphDb['driver'], VersionCheck>();

export function graphVersion(db: GraphDb): Promise<string> {
  let check = checks.get(db.driver);
  if (!check) checks.set(db.driver, (check = new VersionCheck(db)));
  return check.get();
}

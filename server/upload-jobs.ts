// Confirmed uploads as jobs the page polls for progress: queued → extracting → writing → done (or failed). One
// import runs at a time, in arrival order; a finished job is kept for 15 minutes, then forgotten. Closing stops
// them: the running job's worker is terminated and queued jobs fail, so shutdown never waits minutes for an upload.
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../neo4j/db/graph-db.js';
import { ImportFailedError, VersionRefusedError } from '../neo4j/model/errors.js';
import { importBytes, reasonOf, type PlanBytes } from '../import/index.js';
import type { UploadJob } from '../neo4j/contract/report.js';

const KEEP_MS = 15 * 60_000;
export const SHUTTING_DOWN = 'The server is shutting down: the upload was stopped and nothing of it was written. Send it again.';

/** Plans an upload, stopping when `signal` aborts (the worker pool's plan). */
export type StoppablePlan = (file: string, bytes: Uint8Array, signal: AbortSignal) => ReturnType<PlanBytes>;

export class UploadJobs {
  private readonly jobs = new Map<string, { job: UploadJob; finishedAt?: number }>();
  private queue: Promise<void> = Promise.resolve();
  private readonly closing = new AbortController();

  constructor(
    private readonly db: GraphDb,
    private readonly plan: StoppablePlan,
  ) {}

  /** Aborted when the jobs close: a direct (wait=true) upload stops on it too. */
  get signal(): AbortSignal {
    return this.closing.signal;
  }

  start(fileName: string, content: Buffer, opts: { replace?: boolean } = {}): UploadJob {
    this.prune();
    const job: UploadJob = { id: randomUUID(), file: fileName, state: 'queued', createdAt: new Date().toISOString(), outcome: null, error: null };
    const entry: { job: UploadJob; finishedAt?: number } = { job };
    this.jobs.set(job.id, entry);
    const plan: PlanBytes = (file, bytes) => this.plan(file, bytes, this.signal);
    this.queue = this.queue.then(async () => {
      try {
        if (this.signal.aborted) throw new ImportFailedError(SHUTTING_DOWN);
        job.outcome = await importBytes(this.db, fileName, content, plan, (stage) => (job.state = stage), opts);
        job.file = job.outcome.file;
        job.state = 'done';
      } catch (err) {
        job.state = 'failed';
        job.error = this.signal.aborted ? { code: 'shutting_down', message: SHUTTING_DOWN } : errorOf(fileName, err);
      } finally {
        entry.finishedAt = Date.now();
      }
    });
    return job;
  }

  get(id: string): UploadJob | undefined {
    this.prune();
    return this.jobs.get(id)?.job;
  }

  /**
   * Stops the running job while it is being planned (its worker is terminated) and fails the queued ones. A write
   * already under way is one transaction of seconds: it is let finish, so the job's outcome stays true.
   */
  async close(): Promise<void> {
    this.closing.abort();
    await this.queue;
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, e] of this.jobs) if (e.finishedAt !== undefined && now - e.finishedAt > KEEP_MS) this.jobs.delete(id);
  }
}

function errorOf(fileName: string, err: unknown): NonNullable<UploadJob['error']> {
  const known = err instanceof ImportFailedError || err instanceof VersionRefusedError;
  const code = err instanceof VersionRefusedError ? 'version_refused' : known ? 'import_failed' : 'database_error';
  return { code, message: known ? err.message : `${fileName}: ${reasonOf(err)}` };
}

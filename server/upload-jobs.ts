// Confirmed uploads as jobs the page polls for progress: queued → extracting → writing → done (or failed). One
// import runs at a time, in arrival order; a finished job is kept for 15 minutes, then forgotten.
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../neo4j/db/graph-db.js';
import { ImportFailedError, VersionRefusedError } from '../neo4j/model/errors.js';
import { importBytes, reasonOf, type ExtractBytes } from '../import/index.js';
import type { UploadJob } from '../neo4j/contract/report.js';

const KEEP_MS = 15 * 60_000;

export class UploadJobs {
  private readonly jobs = new Map<string, { job: UploadJob; finishedAt?: number }>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly db: GraphDb) {}

  start(fileName: string, content: Buffer, extract?: ExtractBytes, opts: { replace?: boolean } = {}): UploadJob {
    this.prune();
    const job: UploadJob = { id: randomUUID(), file: fileName, state: 'queued', createdAt: new Date().toISOString(), outcome: null, error: null };
    const entry: { job: UploadJob; finishedAt?: number } = { job };
    this.jobs.set(job.id, entry);
    this.queue = this.queue.then(async () => {
      try {
        job.outcome = await importBytes(this.db, fileName, content, extract, (stage) => (job.state = stage), opts);
        job.file = job.outcome.file;
        job.state = 'done';
      } catch (err) {
        job.state = 'failed';
        const known = err instanceof ImportFailedError || err instanceof VersionRefusedError;
        const code = err instanceof VersionRefusedError ? 'version_refused' : known ? 'import_failed' : 'database_error';
        job.error = { code, message: known ? err.message : `${fileName}: ${reasonOf(err)}` };
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

  /** Waits for the imports already accepted (the server's onClose). */
  async drain(): Promise<void> {
    await this.queue;
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, e] of this.jobs) if (e.finishedAt !== undefined && now - e.finishedAt > KEEP_MS) this.jobs.delete(id);
  }
}

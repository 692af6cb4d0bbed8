// Search off the event loop: the MiniSearch name index lives in one worker thread (piscina), which matches and
// ranks every query (most of a search's CPU, about 0.6 ms for a short prefix over 17k entities). The event loop
// keeps the rest: the graph-version check (shared by the searches that arrive together, graph-version.ts),
// reading and preparing the index's entries when that version changes, and the HTTP work.
import { Piscina } from 'piscina';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { EntityKind } from '../../neo4j/contract/common.js';
import type { SearchHit } from '../../neo4j/contract/search.js';
import { graphVersion } from '../repository/graph-version.js';
import { readEntries } from '../repository/name-index.js';
import { queryWords } from '../repository/search-rank.js';

export interface SearchThread {
  /** Hits for `q` in the graph as the database holds it now (never an older version of it). */
  search(db: GraphDb, q: string, kinds: EntityKind[] | undefined, limit: number): Promise<SearchHit[]>;
  close(): Promise<void>;
}

const WORKER = new URL('./search-work.mjs', import.meta.url).href;
/** Version checks and index sends one search may make: another process may import between them. */
const ATTEMPTS = 3;

export function openSearchThread(): SearchThread {
  const pool = new Piscina({
    filename: WORKER,
    minThreads: 0,
    maxThreads: 1,
    // The index lives as long as its thread: keep it between quiet spells (a new thread is sent the entries again).
    idleTimeout: 30 * 60_000,
    // A search makes much short-lived garbage (MiniSearch's per-term maps) beside a long-lived 50 MB index: a
    // larger young generation lets more of it die there, so fewer collections walk the index (measured: less
    // CPU per search in the thread and in V8's GC helpers than with the default).
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  // The version the thread was last sent, per database; concurrent searches share one send.
  let sent: { db: GraphDb; version: string; done: Promise<void> } | undefined;

  const send = (db: GraphDb, version: string): Promise<void> => {
    if (sent?.db === db && sent.version === version) return sent.done;
    // Read after the version, so the index never holds an older graph than its label says.
    const done = readEntries(db).then((entries) => pool.run({ version, entries }, { name: 'build' }) as Promise<void>);
    sent = { db, version, done };
    done.catch(() => {
      if (sent?.done === done) sent = undefined;
    });
    return done;
  };

  return {
    async search(db, q, kinds, limit) {
      if (queryWords(q).length === 0) return [];
      for (let attempt = 1; ; attempt++) {
        const version = await graphVersion(db);
        const done = send(db, version);
        await done;
        const hits = (await pool.run({ version, q, kinds, limit }, { name: 'search' })) as SearchHit[] | null;
        if (hits) return hits;
        if (attempt >= ATTEMPTS) throw new Error('the search thread kept losing its name index');
        // A newer version replaced the index (another search sent it: the next check reads that one), or the
        // thread was replaced after idling: the first search to notice sends the entries again.
        if (sent?.done === done) sent = undefined;
      }
    },
    close: () => pool.destroy(),
  };
}

// A fact's summary is kept up from each source's new statements alone (merge-facts.cypher); it must equal the
// summary re-derived from all the statements the fact has (refresh-facts.cypher), after reports and a twin list
// that state the same facts, and after a removal.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { importReports } from '../../../import/graph/import-reports.js';
import { importTwins } from '../../../import/twins/import-twins.js';
import { removeReport } from '../../../import/index.js';
import { fixedFields } from '../../../import/graph/statements.js';
import { parseFactIdentity } from '../../../neo4j/model/fact.js';
import { refreshFacts } from '../../../import/graph/write.js';
import { clearGraph, openTestDb } from '../../support/graph.js';
import { SAMPLES_DIR } from '../../support/samples.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/twins/small.csv', import.meta.url));

interface Summary {
  fact: string;
  rid: string;
  props: Record<string, unknown>;
}

async function summaries(db: GraphDb): Promise<Summary[]> {
  const rows = await db.readText<Summary>(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN type(r) + '|' + a.id + '|' + b.id + '|' + r.key AS fact, elementId(r) AS rid, properties(r) AS props
     ORDER BY fact`,
  );
  return rows;
}

/** Every fact's summary as refresh-facts derives it from all its statements (the graph is changed to that). */
async function rederived(db: GraphDb, facts: Summary[]): Promise<Summary[]> {
  await db.writeTx((tx) =>
    refreshFacts(
      tx,
      facts.map(({ fact, rid }) => {
        const { kind, key } = parseFactIdentity(fact);
        return { fact, rid, ...fixedFields(kind, key) };
      }).map(({ fixed: _f, ...f }) => f),
    ),
  );
  return summaries(db);
}

describe('fact summaries', () => {
  let db: GraphDb;

  beforeAll(async () => {
    db = await openTestDb();
    await clearGraph(db);
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });

  it('kept up per source equal those derived from every statement, after reports, a twin list and a removal', async () => {
    const results = await importReports(db, [SAMPLES_DIR]);
    expect(results.every((r) => r.status === 'imported')).toBe(true);
    await importTwins(db, FIXTURE, { batchSize: 4 });
    const incremental = await summaries(db);
    // Several sources state some facts, so the sums are really built up from more than one write.
    expect(incremental.filter((f) => Number(f.props['statementCount']) > 1).length).toBeGreaterThan(5);
    expect(incremental.some((f) => 'evidence' in f.props)).toBe(false);
    expect(await rederived(db, incremental)).toEqual(incremental);

    await removeReport(db, results[1]!.outcome!.reportId);
    const afterRemoval = await summaries(db);
    expect(await rederived(db, afterRemoval)).toEqual(afterRemoval);
    // Added back, on top of summaries a removal re-derived.
    expect((await importReports(db, [results[1]!.path]))[0]!.status).toBe('imported');
    const readded = await summaries(db);
    expect(readded.length).toBe(incremental.length);
    expect(await rederived(db, readded)).toEqual(readded);
  }, 300_000);
});

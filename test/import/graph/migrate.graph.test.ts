// A data folder from an earlier model is brought up to the current one on start (import/graph/migrate.ts): facts
// that kept their evidence as a list get Statement nodes, and the lists that grew with every source (a fact's and an
// entity's `reports`) give way to statements and Mention nodes, with the answers read from them unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { evidenceJson } from '../../../neo4j/model/evidence.js';
import { migrateToStatements } from '../../../import/graph/migrate.js';
import { entity } from '../../../server/repository/entity.js';
import { relation } from '../../../server/repository/relation.js';
import { clearGraph, openTestDb } from '../../support/graph.js';
import { graphState } from './graph-state.js';

const fromReport = evidenceJson({ report: 'r-0000000000a1', source: 'report', quote: 'Города Аа и Бб стали побратимами.', year: 2012, confidence: 0.9 });
const fromList = evidenceJson({ source: 'csv:list.csv', quote: null, year: 2010, confidence: 1 });

describe('migration of an earlier data folder', () => {
  let db: GraphDb;

  beforeAll(async () => {
    db = await openTestDb();
    await clearGraph(db);
    await db.writeTx(async (tx) => {
      // The first model: no shared labels, evidence and supports as lists on the fact, supports on the entities.
      await tx.run(
        `CREATE (a:City {id: 'city:aa', name: 'Аа', reports: ['r-0000000000a1', 'csv:list.csv']}),
                (b:City {id: 'city:bb', name: 'Бб', reports: ['r-0000000000a1']}),
                (:Report {id: 'r-0000000000a1', file: 'aa-2012.txt', year: 2012}),
                (a)-[:TWIN {key: '', year: 2012, reports: ['r-0000000000a1', 'csv:list.csv'], evidence: [$fromReport, $fromList]}]->(b)`,
        { fromReport, fromList },
      );
    });
    await migrateToStatements(db);
  });

  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });

  it('leaves no list that grows with the sources on any node or relationship', async () => {
    const [left] = await db.readText<{ nodes: number; rels: number }>(
      `RETURN COUNT { MATCH (n) WHERE n.reports IS NOT NULL } AS nodes,
              COUNT { MATCH ()-[r]->() WHERE r.reports IS NOT NULL OR r.evidence IS NOT NULL } AS rels`,
    );
    expect(left).toEqual({ nodes: 0, rels: 0 });
  });

  it('keeps who names each entity as Mention nodes, read back by the entity answer', async () => {
    const mentions = await db.readText<{ entity: string; support: string }>(
      'MATCH (m:Mention) RETURN m.entity AS entity, m.support AS support ORDER BY entity, support',
    );
    expect(mentions).toEqual([
      { entity: 'city:aa', support: 'csv:list.csv' },
      { entity: 'city:aa', support: 'r-0000000000a1' },
      { entity: 'city:bb', support: 'r-0000000000a1' },
    ]);
    const aa = await entity(db, 'city:aa');
    expect(aa.reports.map((r) => r.file)).toEqual(['aa-2012.txt']);
    expect(aa.sources).toEqual(['csv:list.csv']);
    expect(aa.properties).not.toHaveProperty('reports');
  });

  it('gives the fact its statements, and its sources read from them in time order', async () => {
    const [row] = await db.readText<{ id: string; stated: number }>(
      "MATCH (:City {id: 'city:aa'})-[r:TWIN]->(:City {id: 'city:bb'}) RETURN elementId(r) AS id, r.statementCount AS stated",
    );
    expect(row!.stated).toBe(2);
    const detail = await relation(db, row!.id);
    expect(detail.relation.reports).toEqual(['csv:list.csv', 'r-0000000000a1']);
    expect(detail.relation.evidence.map((e) => e.year)).toEqual([2010, 2012]);
  });

  it('changes nothing when run again', async () => {
    const before = await graphState(db);
    await migrateToStatements(db);
    expect(await graphState(db)).toEqual(before);
  });
});

// The twin-list importer on a small fixture, against the real Neo4j: matching to the gazetteer, GeoNames and
// existing cities, two Monroes, rejected rows with their lines, duplicates merged, a second run a no-op.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { SAMPLE_REPORTS } from '../../../import/index.js';
import { importReports } from '../../../import/graph/import-reports.js';
import { importTwins, type TwinsSummary } from '../../../import/twins/import-twins.js';
import { runImportTwins } from '../../../import/commands/import-twins.js';
import { clearGraph, openTestDb } from '../../support/graph.js';
import { graphState, relsBetween } from '../graph/graph-state.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/twins/small.csv', import.meta.url));

describe('import twins', () => {
  let db: GraphDb;
  let summary: TwinsSummary;
  let reportId: string;

  beforeAll(async () => {
    db = await openTestDb();
    await clearGraph(db);
    const [report] = await importReports(db, [join(SAMPLE_REPORTS, 'omsk-2025.txt')]);
    reportId = report!.outcome!.reportId;
    await db.writeTx((tx) =>
      tx.run("CREATE (:City:Entity {id: 'city:existingville', name: 'Экзистингвилль', nameEn: 'Existingville', country: 'DE', reports: ['test']})"),
    );
    summary = await importTwins(db, FIXTURE, { batchSize: 4 });
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });

  it('counts rows, pairs and how the cities matched', () => {
    expect(summary).toMatchObject({ file: 'small.csv', rowsRead: 17, pairs: 8, pairsNew: 8 });
    expect(summary.cities).toEqual({ gazetteer: 6, geonames: 2, existing: 1, created: 1 });
    expect(summary.placed).toBe(8);
  });

  it('rejects bad rows with their line numbers and why', () => {
    expect(summary.rejected.map((r) => [r.line, r.reason])).toEqual([
      [8, 'blank row'],
      [9, 'a city twinned with itself (Omsk, RU)'],
      [10, 'a city twinned with itself (both are city:gomel)'],
      [11, 'blank row'],
      [12, 'malformed row: 2 fields where the header has 6'],
      [13, 'unknown country "Atlantis"'],
      [14, 'missing country1'],
      [15, '"since" is not a year: "long ago"'],
    ]);
  });

  it('makes Omsk from the table and Омск from the reports one node', async () => {
    const omsk = await db.readText<{ id: string; reports: string[] }>(
      "MATCH (c:City) WHERE c.nameEn = 'Omsk' OR c.name = 'Омск' RETURN c.id AS id, COLLECT { MATCH (m:Mention {entity: c.id}) RETURN m.support } AS reports",
    );
    expect(omsk).toHaveLength(1);
    expect(omsk[0]!.id).toBe('city:omsk');
    expect([...omsk[0]!.reports].sort()).toEqual([reportId, 'csv:small.csv'].sort());
    expect((await relsBetween(db, 'city:omsk', 'city:existingville', 'TWIN')).length).toBe(1);
    const [existing] = await db.readText<{ name: string }>("MATCH (c:City {id: 'city:existingville'}) RETURN c.name AS name");
    expect(existing!.name).toBe('Экзистингвилль');
  });

  it('merges a pair listed from both sides into one TWIN with the evidence of both rows', async () => {
    const [twin, ...more] = await relsBetween(db, 'city:gomel', 'city:omsk', 'TWIN');
    expect(more).toEqual([]);
    expect(twin).toMatchObject({ source: 'city:gomel', target: 'city:omsk', year: 1999, reports: ['csv:small.csv'] });
    expect(twin!.evidence).toEqual([
      { source: 'csv:small.csv', quote: 'Omsk,Russia,Gomel,Belarus,1999,fixture', line: 2, year: 1999, confidence: 1 },
      { source: 'csv:small.csv', quote: 'Gomel,Belarus,Omsk,Russia,,', line: 6, confidence: 1 },
    ]);
  });

  it('keeps two Monroes in two countries as two nodes, each in its country', async () => {
    const monroes = await db.readText<{ id: string; country: string; iso2: string }>(
      "MATCH (c:City)-[:LOCATED_IN]->(k:Country) WHERE c.nameEn = 'Monroe' RETURN c.id AS id, c.country AS country, k.iso2 AS iso2 ORDER BY id",
    );
    expect(monroes).toEqual([
      { id: 'city:monroe', country: 'US', iso2: 'US' },
      { id: 'city:monroe-fr', country: 'FR', iso2: 'FR' },
    ]);
    const placed = await db.readText<{ id: string; name: string; variants: string[]; hasLat: boolean }>(
      "MATCH (c:City) WHERE c.id IN ['city:springfield-us', 'city:sao-paulo-br', 'city:monroe-fr'] RETURN c.id AS id, c.name AS name, c.variants AS variants, c.lat IS NOT NULL AS hasLat ORDER BY id",
    );
    expect(placed).toEqual([
      { id: 'city:monroe-fr', name: 'Monroe', variants: [], hasLat: false },
      { id: 'city:sao-paulo-br', name: 'São Paulo', variants: ['Sao Paulo'], hasLat: true },
      { id: 'city:springfield-us', name: 'Springfield', variants: [], hasLat: true },
    ]);
  });

  it('changes nothing when the same list is imported again', async () => {
    const before = await graphState(db);
    const lines: string[] = [];
    expect(await runImportTwins(db, FIXTURE, (l) => lines.push(l))).toBe(0);
    expect(lines).toContain('pairs: 8 distinct (0 new, 8 already in the graph)');
    expect(lines).toContain('cities: 10 matched (6 to the gazetteer, 2 to GeoNames, 2 to cities already in the graph), 0 created');
    expect(lines).toContain('coordinates: 8 of 10 cities (80.0%)');
    expect(lines).toContain('  line 12: malformed row: 2 fields where the header has 6  [Tomsk,Russia]');
    expect((await graphState(db)).snapshot).toEqual(before.snapshot);
  });

  it('reads a Windows-1251 list like a report, and names the byte where an undecodable list goes wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'twingraph-twins-enc-'));
    try {
      const rows = 'city1,country1,city2,country2,since\nКурган,Россия,Брест,Беларусь,2005\nТюмень,Россия,Могилёв,Беларусь,\n';
      const cp1251 = join(dir, 'twins-cp1251.csv');
      await writeFile(cp1251, iconv.encode(rows, 'windows-1251'));
      const read = await importTwins(db, cp1251);
      expect(read).toMatchObject({ rowsRead: 2, pairs: 2, pairsNew: 2, rejected: [] });
      const [kurgan] = await relsBetween(db, 'city:kurgan', 'city:brest', 'TWIN');
      expect(kurgan).toMatchObject({ year: 2005, reports: ['csv:twins-cp1251.csv'] });
      expect(kurgan!.evidence[0]!.quote).toBe('Курган,Россия,Брест,Беларусь,2005');

      const before = await graphState(db);
      const utf8 = Buffer.from(rows.replace('Тюмень', 'Тобольск'), 'utf8');
      const at = utf8.indexOf(Buffer.from('Тобольск')) + 4;
      const damaged = join(dir, 'twins-damaged.csv');
      await writeFile(damaged, Buffer.concat([utf8.subarray(0, at), Buffer.from([0xff]), utf8.subarray(at)]));
      await expect(importTwins(db, damaged)).rejects.toThrow(new RegExp(`^${damaged}: invalid UTF-8 at byte ${at} \\(0xff\\)`));
      expect((await graphState(db)).snapshot).toEqual(before.snapshot);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

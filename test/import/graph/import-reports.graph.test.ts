// Importing the sample reports into the real Neo4j: the key facts, provenance, idempotence, dry runs, a report
// landing whole or not at all, and a failing file in the middle of a folder.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { SAMPLE_REPORTS } from '../../../import/index.js';
import { importReports, type FileResult } from '../../../import/graph/import-reports.js';
import { extractFile } from '../../../import/extract/extract.js';
import { importExtraction } from '../../../import/graph/import-report.js';
import { runImport } from '../../../import/commands/import.js';
import { clearGraph, openTestDb } from '../../support/graph.js';
import { graphState, relsBetween } from './graph-state.js';

describe('import reports', () => {
  let db: GraphDb;
  let first: FileResult[];
  const idOf = (file: string) => first.find((r) => r.file === file)?.outcome?.reportId;

  beforeAll(async () => {
    db = await openTestDb();
    await clearGraph(db);
    first = await importReports(db, [SAMPLE_REPORTS]);
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });

  it('imports the five samples, each as a Report with its text', async () => {
    expect(first.map((r) => [r.file, r.status])).toEqual([
      ['omsk-2016.txt', 'imported'],
      ['omsk-2021.txt', 'imported'],
      ['omsk-2023.txt', 'imported'],
      ['omsk-2025.txt', 'imported'],
      ['tomsk-2024.txt', 'imported'],
    ]);
    const reports = await db.readText<{ id: string; year: number; city: string; hasText: boolean }>(
      'MATCH (r:Report) RETURN r.id AS id, r.year AS year, r.city AS city, size(r.text) > 1000 AS hasText ORDER BY r.file',
    );
    expect(reports.map((r) => [r.city, r.year, r.hasText])).toEqual([
      ['Омск', 2016, true],
      ['Омск', 2021, true],
      ['Омск', 2023, true],
      ['Омск', 2025, true],
      ['Томск', 2024, true],
    ]);
  });

  it('holds the Омск–Гомель TWIN with its evidence from the 2023 report', async () => {
    const [twin] = await relsBetween(db, 'city:omsk', 'city:gomel', 'TWIN');
    expect(twin).toBeDefined();
    expect([twin!.source, twin!.target]).toEqual(['city:gomel', 'city:omsk']);
    expect(twin!.reports).toContain(idOf('omsk-2023.txt'));
    const from2023 = twin!.evidence.filter((e) => e.report === idOf('omsk-2023.txt'));
    expect(from2023.some((e) => e.quote?.includes('побратимских'))).toBe(true);
  });

  it('links both Омск and Томск to Минск and Гомель', async () => {
    for (const city of ['city:omsk', 'city:tomsk']) {
      for (const partner of ['city:minsk', 'city:gomel']) {
        expect((await relsBetween(db, city, partner)).length, `${city} – ${partner}`).toBeGreaterThan(0);
      }
    }
  });

  it('holds the Маньчжурия delegation’s VISIT to Омск in 2023', async () => {
    const visits = await relsBetween(db, 'city:manzhouli', 'city:omsk', 'VISIT');
    expect(visits.some((v) => v.source === 'city:manzhouli' && v.year === 2023)).toBe(true);
  });

  it('stores symmetric kinds once in canonical order and links every city with a country to it', async () => {
    const [order] = await db.readText<{ wrong: number }>(
      'MATCH (a)-[r:TWIN|AGREEMENT|PARTNER|CONTACT]->(b) WHERE a.id > b.id RETURN count(r) AS wrong',
    );
    expect(order!.wrong).toBe(0);
    const [loose] = await db.readText<{ n: number }>(
      'MATCH (c:City) WHERE c.country IS NOT NULL AND NOT (c)-[:LOCATED_IN]->(:Country {iso2: c.country}) RETURN count(c) AS n',
    );
    expect(loose!.n).toBe(0);
    const [omsk] = await db.readText<{ lat: number; nameEn: string; reports: string[] }>(
      "MATCH (c:City {id: 'city:omsk'}) RETURN c.lat AS lat, c.nameEn AS nameEn, COLLECT { MATCH (m:Mention {entity: c.id}) RETURN m.support } AS reports",
    );
    expect(omsk).toMatchObject({ nameEn: 'Omsk' });
    expect(omsk!.lat).toBeCloseTo(55, 0);
    const omskReports = ['omsk-2016.txt', 'omsk-2021.txt', 'omsk-2023.txt', 'omsk-2025.txt'].map(idOf);
    expect(omsk!.reports).toEqual(expect.arrayContaining(omskReports));
  });

  it('finds Гомель by full-text search in any form', async () => {
    for (const q of ['гомеля', 'Gomel', 'Homyel']) {
      const hits = await db.readText<{ id: string }>(
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id LIMIT 3",
        { q },
      );
      expect(hits.map((h) => h.id), q).toContain('city:gomel');
    }
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await graphState(db);
    const again = await importReports(db, [SAMPLE_REPORTS]);
    expect(again.map((r) => r.status)).toEqual(Array(5).fill('unchanged'));
    const after = await graphState(db);
    expect([after.nodes, after.rels]).toEqual([before.nodes, before.rels]);
    expect(after.snapshot).toEqual(before.snapshot);
  });

  it('writes nothing on a dry run and says what would change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'twingraph-dry-'));
    try {
      await copyFile(join(SAMPLE_REPORTS, 'omsk-2016.txt'), join(dir, 'omsk-2016.txt'));
      await writeFile(join(dir, 'other.txt'), 'В 2019 году делегация города Омска посетила город Гомель (Республика Беларусь). Подписано соглашение о сотрудничестве между Омском и Бургасом.');
      const before = await graphState(db);
      const lines: string[] = [];
      expect(await runImport(db, [dir], { dryRun: true }, (l) => lines.push(l))).toBe(0);
      expect(lines.find((l) => l.startsWith('omsk-2016.txt'))).toMatch(/unchanged/);
      expect(lines.find((l) => l.startsWith('other.txt'))).toMatch(/would import .*facts \d+ \(new [1-9]/);
      expect(lines.at(-1)).toMatch(/dry run: nothing written/);
      expect((await graphState(db)).snapshot).toEqual(before.snapshot);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lands a report whole or not at all', async () => {
    const before = await graphState(db);
    const x = await extractFile(join(SAMPLE_REPORTS, 'omsk-2023.txt'));
    const changed = { ...x, report: { ...x.report, id: 'r-lost0000000', file: 'lost.txt' } };
    // The connection "drops" after every write of the report has run, before the commit.
    const failing = Object.create(db) as GraphDb;
    failing.writeTx = (work) => db.writeTx(async (tx) => {
      await work(tx);
      throw new Error('connection lost');
    });
    await expect(importExtraction(failing, changed)).rejects.toThrow('connection lost');
    expect((await graphState(db)).snapshot).toEqual(before.snapshot);
  });

  it('names a failing file in the middle of a folder, imports the others and fails the run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'twingraph-fail-'));
    try {
      await copyFile(join(SAMPLE_REPORTS, 'omsk-2016.txt'), join(dir, 'a-omsk-2016.txt'));
      await writeFile(join(dir, 'b-empty.txt'), '');
      await writeFile(join(dir, 'c-notes.txt'), 'Протокол о намерениях между городом Томском и городом Гомелем подписан в 2022 году в Гомеле.');
      const lines: string[] = [];
      expect(await runImport(db, [dir], {}, (l) => lines.push(l))).toBe(1);
      expect(lines[0]).toMatch(/^a-omsk-2016\.txt +unchanged/);
      expect(lines[1]).toMatch(/^b-empty\.txt +FAILED: the file is empty/);
      expect(lines[2]).toMatch(/^c-notes\.txt +imported/);
      expect(lines.at(-1)).toMatch(/1 imported, 0 replaced, 1 unchanged, 1 failed/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

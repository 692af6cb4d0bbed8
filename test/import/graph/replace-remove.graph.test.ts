// A changed version of a report replaces its facts; `remove` takes a report and the facts only it supported out.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { SAMPLE_REPORTS } from '../../../import/index.js';
import { extractFile } from '../../../import/extract/extract.js';
import type { Extraction } from '../../../import/extract/types.js';
import { importExtraction } from '../../../import/graph/import-report.js';
import { factIdentity } from '../../../neo4j/model/fact.js';
import { type RelationKind } from '../../../neo4j/model/kinds.js';
import { toGraph } from '../../../import/graph/to-graph.js';
import { runRemove } from '../../../import/commands/remove.js';
import { clearGraph, openTestDb, testDbEnv } from '../../support/graph.js';
import { graphState } from './graph-state.js';

const REMOVED = /По итогам визита было\s+подписано Соглашение об установлении побратимских отношений между городом Омском и городом Гомелем\.\s*/;
const ADDED = 'В декабре 2023 года официальная делегация города Омска посетила город Бургас (Болгария). ';

/** What one extraction gives the graph: its id, entity ids and fact identities. */
function graphOf(x: Extraction) {
  const g = toGraph(x);
  return { id: g.support, entities: new Set(g.entities.map((n) => n.id)), facts: new Set(g.facts.map(factIdentity)) };
}

async function dbFacts(db: GraphDb): Promise<Set<string>> {
  const rows = await db.readText<{ kind: RelationKind; source: string; target: string; key: string }>(
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS kind, a.id AS source, b.id AS target, r.key AS key',
  );
  return new Set(rows.map(factIdentity));
}

async function dbEntities(db: GraphDb): Promise<Set<string>> {
  const rows = await db.readText<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id');
  return new Set(rows.map((r) => r.id));
}

async function supportedBy(db: GraphDb, id: string): Promise<number> {
  const [row] = await db.readText<{ n: number }>(
    // What a source supports: the entities it names (Mentions) and the facts it states (Statements).
    'RETURN COUNT { (m:Mention {support: $id}) } + COUNT { (s:Statement {support: $id}) } AS n',
    { id },
  );
  return row!.n;
}

describe('replace and remove reports', () => {
  let db: GraphDb;
  let dir: string;
  const files = ['omsk-2016.txt', 'omsk-2021.txt', 'omsk-2023.txt', 'omsk-2025.txt', 'tomsk-2024.txt'];
  const graphs = new Map<string, ReturnType<typeof graphOf>>();

  beforeAll(async () => {
    db = await openTestDb();
    await clearGraph(db);
    for (const f of files) {
      const x = await extractFile(join(SAMPLE_REPORTS, f));
      await importExtraction(db, x);
      graphs.set(f, graphOf(x));
    }
    dir = await mkdtemp(join(tmpdir(), 'twingraph-edit-'));
    const text = await readFile(join(SAMPLE_REPORTS, 'omsk-2023.txt'), 'utf8');
    expect(text).toMatch(REMOVED);
    await writeFile(join(dir, 'omsk-2023.txt'), text.replace(REMOVED, ADDED));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await clearGraph(db);
    await db.close();
  });

  it('replaces a changed version: facts only the old one supported go, the rest stay', async () => {
    const old = graphs.get('omsk-2023.txt')!;
    const x = await extractFile(join(dir, 'omsk-2023.txt'));
    const edited = graphOf(x);
    expect(await importExtraction(db, x)).toMatchObject({ status: 'replaced', reportId: edited.id, replaced: [old.id] });

    const others = files.filter((f) => f !== 'omsk-2023.txt').map((f) => graphs.get(f)!);
    const kept = new Set([...edited.facts, ...others.flatMap((g) => [...g.facts])]);
    const gone = [...old.facts].filter((r) => !kept.has(r));
    expect(gone).toContain(factIdentity({ kind: 'TWIN', source: 'city:gomel', target: 'city:omsk', key: '' }));
    const inDb = await dbFacts(db);
    expect(gone.filter((r) => inDb.has(r))).toEqual([]);
    expect([...kept].filter((r) => !inDb.has(r))).toEqual([]);
    expect(inDb.size).toBe(kept.size);

    expect(await supportedBy(db, old.id)).toBe(0);
    const reports = await db.readText<{ id: string }>('MATCH (r:Report) RETURN r.id AS id');
    expect(reports.map((r) => r.id).sort()).toEqual([...others.map((g) => g.id), edited.id].sort());
    const [quoted] = await db.readText<{ n: number }>(
      "MATCH (s:Statement) WHERE s.quote CONTAINS 'побратимских отношений между городом Омском и городом Гомелем' RETURN count(s) AS n",
    );
    expect(quoted!.n).toBe(0);
    graphs.set('omsk-2023.txt', edited);
  });

  it('removes a report and the facts only it supported', async () => {
    const tomsk = graphs.get('tomsk-2024.txt')!;
    const others = files.filter((f) => f !== 'tomsk-2024.txt').map((f) => graphs.get(f)!);
    const lines: string[] = [];
    expect(await supportedBy(db, tomsk.id)).toBeGreaterThan(0);
    expect(await runRemove(db, tomsk.id, (l) => lines.push(l), (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(new RegExp(`^removed ${tomsk.id} \\(tomsk-2024.txt\\): facts \\d+ deleted`));

    const keptFacts = new Set(others.flatMap((g) => [...g.facts]));
    const keptEntities = new Set(others.flatMap((g) => [...g.entities]));
    expect(await dbFacts(db)).toEqual(keptFacts);
    expect(await dbEntities(db)).toEqual(keptEntities);
    expect(await supportedBy(db, tomsk.id)).toBe(0);
  });

  it('refuses an unknown report id with a clear message and exit code 1', async () => {
    const lines: string[] = [];
    expect(await runRemove(db, 'r-000000000000', (l) => lines.push(l), (l) => lines.push(l))).toBe(1);
    expect(lines).toEqual([expect.stringContaining('no report with id "r-000000000000"')]);
  });

  it('says so from the command line too', async () => {
    const run = promisify(execFile);
    const err = await run('node', ['bin/twingraph.js', 'remove', 'r-000000000000'], {
      env: { ...process.env, ...testDbEnv() },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1, stderr: expect.stringContaining('no report with id "r-000000000000"') });
  });

  it('leaves an empty graph once every report is removed', async () => {
    const reports = await db.readText<{ id: string }>('MATCH (r:Report) RETURN r.id AS id');
    for (const r of reports) expect(await runRemove(db, r.id, () => {}, () => {})).toBe(0);
    expect(await graphState(db)).toMatchObject({ nodes: 0, rels: 0 });
  });
});

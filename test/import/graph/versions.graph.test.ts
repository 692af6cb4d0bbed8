// Report identity and versions: a report is its content hash; a new version is what names the same city, year and
// title in its text (not the file name); a version stating far fewer facts is refused unless replacing is asked for;
// two files of one command never replace each other.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { runImport } from '../../../import/commands/import.js';
import { buildApp } from '../../../server/app.js';
import { loadConfig } from '../../../neo4j/config.js';
import { clearGraph, openTestDb, testDbEnv } from '../../support/graph.js';
import { multipartFile } from '../../support/multipart.js';
import { graphState } from './graph-state.js';

// Our own small reports: a heading city, a title line, then sentences the extractor turns into facts.
const HEAD = 'КУРГАН\n\nМеждународные связи города Кургана\n\n';
const KURGAN = [
  'В 2022 году администрация города Кургана подписала соглашение о сотрудничестве с городом Петропавловском (Казахстан).',
  'В мае 2022 года делегация города Кургана посетила город Костанай (Казахстан) и провела переговоры о торговле.',
  'Город Курган и город Брест (Беларусь) являются городами-побратимами с 2005 года.',
  'В сентябре 2022 года в Кургане прошёл фестиваль «Зауральская осень», в котором участвовали артисты из города Гродно (Беларусь).',
];
const V1 = HEAD + KURGAN.join('\n') + '\n';
const V2 = V1 + 'В ноябре 2022 года делегация города Кургана посетила город Бобруйск (Беларусь).\n';
/** Same city, year and title, but nearly nothing said: a damaged copy. */
const THIN = HEAD + 'В 2022 году администрация города Кургана продолжила работу по развитию внешних связей.\n';
const TYUMEN =
  'ТЮМЕНЬ\n\nВнешние связи города Тюмени\n\n' +
  'В 2021 году делегация города Тюмени посетила город Павлодар (Казахстан).\n' +
  'Город Тюмень и город Могилёв (Беларусь) являются городами-побратимами.\n';

const TOKEN = 'versions-token-0123456789';
const run = promisify(execFile);

describe('report versions', () => {
  let db: GraphDb;
  let dir: string;
  const put = async (rel: string, text: string) => {
    const path = join(dir, rel);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, text);
    return path;
  };
  const reports = async () =>
    (await db.readText<{ id: string; file: string }>('MATCH (r:Report) RETURN r.id AS id, r.file AS file ORDER BY file, id')).map((r) => r.file);
  const importFiles = async (paths: string[], opts: { replace?: boolean } = {}) => {
    const lines: string[] = [];
    const code = await runImport(db, paths, opts, (l) => lines.push(l));
    return { code, lines };
  };

  beforeAll(async () => {
    db = await openTestDb();
    dir = await mkdtemp(join(tmpdir(), 'twingraph-versions-'));
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('knows a report by its content: the same text under another name is unchanged', async () => {
    expect((await importFiles([await put('same/kurgan.txt', V1)])).code).toBe(0);
    const { code, lines } = await importFiles([await put('same/copy-of-kurgan.txt', V1)]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^copy-of-kurgan\.txt +unchanged/);
    expect(await reports()).toEqual(['kurgan.txt']);
  });

  it('recognises a new version by the city, year and title its text names, whatever its file name', async () => {
    await importFiles([await put('new/kurgan-draft.txt', V1)]);
    const [old] = await db.readText<{ id: string }>('MATCH (r:Report) RETURN r.id AS id');
    const { code, lines } = await importFiles([await put('new/kurgan-final.txt', V2)]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(new RegExp(`^kurgan-final\\.txt +replaced +r-\\w+ \\(replaces ${old!.id}\\)`));
    expect(await reports()).toEqual(['kurgan-final.txt']);
    const [bobruisk] = await db.readText<{ n: number }>("MATCH (:City {id: 'city:kurgan'})-[v:VISIT]-(:City {id: 'city:bobruisk'}) RETURN count(v) AS n");
    expect(bobruisk!.n).toBe(1);
  });

  it('does not take a report about another city for a version because its file name is the same', async () => {
    await importFiles([await put('one/report.txt', V1)]);
    const { code, lines } = await importFiles([await put('two/report.txt', TYUMEN)]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^report\.txt +imported/);
    expect(await reports()).toEqual(['report.txt', 'report.txt']);
  });

  it('keeps both of two different reports with one file name in two folders of one command', async () => {
    // Even when their texts name the same city, year and title, neither replaces the other within one command.
    const paths = [await put('a/report.txt', V1), await put('b/report.txt', V2), await put('c/report.txt', TYUMEN)];
    const { code, lines } = await importFiles([join(dir, 'a'), join(dir, 'b'), join(dir, 'c')]);
    expect(paths).toHaveLength(3);
    expect(code).toBe(0);
    expect(lines.slice(0, 3).map((l) => l.split(/ +/)[1])).toEqual(['imported', 'imported', 'imported']);
    expect(await reports()).toEqual(['report.txt', 'report.txt', 'report.txt']);
  });

  it('refuses a version that states under half of the facts of the one it would replace, and writes nothing', async () => {
    await importFiles([await put('thin/kurgan.txt', V1)]);
    const before = await graphState(db);
    const { code, lines } = await importFiles([await put('thin/damaged/kurgan.txt', THIN)]);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^kurgan\.txt +FAILED: kurgan\.txt: refused as the new version of r-\w+ \(kurgan\.txt: Курган, 2022, «Международные связи города Кургана»\): it states 0 facts against [1-9]\d*, fewer than 50%.*--replace/);
    expect((await graphState(db)).snapshot).toEqual(before.snapshot);
  });

  it('replaces it anyway with --replace on the command line', async () => {
    await importFiles([await put('cli/kurgan.txt', V1)]);
    const thin = await put('cli/damaged/kurgan.txt', THIN);
    const env = { ...process.env, ...testDbEnv() };
    const refused = await run('node', ['bin/twingraph.js', 'import', thin], { env }).catch((e: { code: number; stdout: string }) => e);
    expect(refused).toMatchObject({ code: 1, stdout: expect.stringContaining('refused as the new version') });
    const { stdout } = await run('node', ['bin/twingraph.js', 'import', '--replace', thin], { env });
    expect(stdout).toMatch(/kurgan\.txt +replaced/);
    const [left] = await db.readText<{ n: number }>("MATCH (:City {id: 'city:kurgan'})-[r:TWIN|VISIT|AGREEMENT]-() RETURN count(r) AS n");
    expect(left!.n).toBe(0);
  });

  it('answers 409 version_refused to such an upload, and replaces with replace=true', async () => {
    await importFiles([await put('api/kurgan.txt', V1)]);
    const app = await buildApp({ db, config: loadConfig({ TWINGRAPH_API_TOKEN: TOKEN }) });
    try {
      const post = (query: string) => {
        const upload = multipartFile('file', 'kurgan-upload.txt', THIN);
        return app.inject({ method: 'POST', url: `/api/reports${query}`, payload: upload.payload, headers: { ...upload.headers, authorization: `Bearer ${TOKEN}` } });
      };
      const refused = await post('');
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'version_refused', message: expect.stringMatching(/^kurgan-upload\.txt: refused as the new version of r-\w+ \(kurgan\.txt/) });
      expect(await reports()).toEqual(['kurgan.txt']);
      const replaced = await post('?replace=true');
      expect(replaced.statusCode).toBe(201);
      expect(replaced.json()).toMatchObject({ status: 'replaced', replaced: [expect.stringMatching(/^r-/)] });
      expect(await reports()).toEqual(['kurgan-upload.txt']);
    } finally {
      await app.close();
    }
  });
});

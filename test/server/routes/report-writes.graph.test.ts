import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, TEST_TOKEN, type TestApp } from '../../support/app.js';
import { multipartFile } from '../../support/multipart.js';
import { SAMPLES_DIR } from '../../support/samples.js';

const auth = { authorization: `Bearer ${TEST_TOKEN}` };

describe('report writes', () => {
  let open: TestApp;
  let closed: TestApp;
  let tomsk: Buffer;
  beforeAll(async () => {
    open = await openTestApp({ token: true, limits: { uploadBytes: 200_000 } });
    closed = await openTestApp();
    tomsk = await readFile(path.join(SAMPLES_DIR, 'tomsk-2024.txt'));
  });
  afterAll(async () => {
    await open.close();
    await closed.close();
  });

  const tomskId = async () =>
    (await open.app.inject('/api/reports')).json().reports.find((r: { file: string }) => r.file === 'tomsk-2024.txt')?.id as string | undefined;
  const sharedWithTomsk = async () =>
    (await open.app.inject('/api/shared-partners?ids=city:omsk,city:tomsk')).json().partners.length as number;

  it('refuses writes with 403 when no token is configured, saying so', async () => {
    const res = await closed.app.inject({ method: 'DELETE', url: '/api/reports/r-d3f17b8c4a09' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'writes_disabled', message: expect.stringContaining('TWINGRAPH_API_TOKEN') });
    const upload = await closed.app.inject({ method: 'POST', url: '/api/reports', ...multipartFile('file', 'tomsk-2024.txt', tomsk) });
    expect(upload.statusCode).toBe(403);
  });

  it('answers 401 for a missing or wrong token', async () => {
    const missing = await open.app.inject({ method: 'DELETE', url: '/api/reports/r-d3f17b8c4a09' });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toMatch(/Bearer/);
    const wrong = await open.app.inject({ method: 'DELETE', url: '/api/reports/r-d3f17b8c4a09', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(await tomskId()).toBeDefined();
  });

  it('deletes a report with the token, then imports it again from an upload', async () => {
    const id = (await tomskId())!;
    const del = await open.app.inject({ method: 'DELETE', url: `/api/reports/${id}`, headers: auth });
    expect(del.statusCode).toBe(200);
    expect(del.json()).toMatchObject({ id, file: 'tomsk-2024.txt' });
    expect(del.json().relationsDeleted).toBeGreaterThan(0);
    expect((await open.app.inject(`/api/reports/${id}`)).statusCode).toBe(404);
    expect(await sharedWithTomsk()).toBe(0);

    const upload = multipartFile('file', 'tomsk-2024.txt', tomsk);
    const dry = await open.app.inject({ method: 'POST', url: '/api/reports?dryRun=true', payload: upload.payload, headers: { ...upload.headers, ...auth } });
    expect(dry.statusCode).toBe(200);
    const preview = dry.json();
    expect(preview).toMatchObject({ dryRun: true, file: 'tomsk-2024.txt', status: 'imported', reportId: id, replaced: [] });
    expect(preview.relations.new).toBeGreaterThan(0);
    expect(preview.relations.new + preview.relations.known).toBe(preview.relations.total);
    expect(preview.newRelations).toHaveLength(preview.relations.new);
    expect(preview.newEntities).toHaveLength(preview.entities.new);
    const firstNew = preview.newEntities[0];
    expect(firstNew).toEqual({ id: expect.stringMatching(/^[a-z]+:/), kind: expect.any(String), name: expect.any(String) });
    expect((await open.app.inject(`/api/entities/${encodeURIComponent(firstNew.id)}`)).statusCode).toBe(404);
    expect(preview.newRelations.every((r: { quote: string | null }) => r.quote === null || r.quote.length > 0)).toBe(true);
    // Nothing was written.
    expect(await tomskId()).toBeUndefined();
    expect(await sharedWithTomsk()).toBe(0);

    const res = await open.app.inject({ method: 'POST', url: '/api/reports', payload: upload.payload, headers: { ...upload.headers, ...auth } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ file: 'tomsk-2024.txt', status: 'imported', reportId: id });
    expect(await sharedWithTomsk()).toBe(2);

    const again = await open.app.inject({ method: 'POST', url: '/api/reports', payload: upload.payload, headers: { ...upload.headers, ...auth } });
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('unchanged');
    const dryAgain = await open.app.inject({ method: 'POST', url: '/api/reports?dryRun=true', payload: upload.payload, headers: { ...upload.headers, ...auth } });
    expect(dryAgain.json()).toMatchObject({ dryRun: true, status: 'unchanged', newEntities: [], newRelations: [], relations: { new: 0 } });
  });

  it('answers 413 for an upload over the size limit', async () => {
    const big = multipartFile('file', 'big.txt', Buffer.alloc(300_000, 'а'));
    const res = await open.app.inject({ method: 'POST', url: '/api/reports', payload: big.payload, headers: { ...big.headers, ...auth } });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('answers 422 for a file the importer cannot read, and 404 for deleting an unknown report', async () => {
    const english = multipartFile('file', 'notes.txt', 'This annual report is written in English only, with no Russian text at all.\n');
    const res = await open.app.inject({ method: 'POST', url: '/api/reports', payload: english.payload, headers: { ...english.headers, ...auth } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'import_failed', message: expect.stringContaining('notes.txt') });
    const del = await open.app.inject({ method: 'DELETE', url: '/api/reports/r-000000000000', headers: auth });
    expect(del.statusCode).toBe(404);
  });
});

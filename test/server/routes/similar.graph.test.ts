import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

describe('similar', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('ranks Томск first for Омск, with Минск and Гомель shared and scores', async () => {
    const res = await t.app.inject('/api/similar/city:omsk');
    expect(res.statusCode).toBe(200);
    const [first] = res.json().similar;
    expect(first.city.id).toBe('city:tomsk');
    expect(first.common).toBe(2);
    expect(first.shared.map((n: { name: string }) => n.name).sort()).toEqual(['Гомель', 'Минск']);
    expect(first.jaccard).toBeGreaterThan(0);
    expect(first.jaccard).toBeLessThanOrEqual(1);
    expect(first.adamicAdar).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown id and 400 for a bad limit', async () => {
    expect((await t.app.inject('/api/similar/city:atlantis')).statusCode).toBe(404);
    expect((await t.app.inject('/api/similar/city:omsk?limit=1000')).statusCode).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/app.js';

describe('shared partners', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('finds Минск and Гомель as the partners Омск and Томск share, with evidence for both sides', async () => {
    const res = await t.app.inject('/api/shared-partners?ids=city:omsk,city:tomsk');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.of.map((n: { name: string }) => n.name)).toEqual(['Омск', 'Томск']);
    const names = body.partners.map((p: { partner: { name: string } }) => p.partner.name).sort();
    expect(names).toEqual(['Гомель', 'Минск']);
    for (const p of body.partners) {
      expect(p.sides.map((s: { of: string }) => s.of)).toEqual(['city:omsk', 'city:tomsk']);
      for (const side of p.sides) {
        expect(side.relations.length).toBeGreaterThan(0);
        const evidence = side.relations.flatMap((r: { evidence: unknown[] }) => r.evidence);
        expect(evidence.length).toBeGreaterThan(0);
        expect(evidence[0]).toMatchObject({ report: expect.stringMatching(/^r-/), file: expect.stringMatching(/\.txt$/), quote: expect.any(String) });
      }
    }
  });

  it('widens with kinds', async () => {
    const res = (await t.app.inject('/api/shared-partners?ids=city:omsk,city:tomsk&kinds=TWIN,AGREEMENT,PARTNER,VISIT')).json();
    expect(res.partners.map((p: { partner: { id: string } }) => p.partner.id)).toContain('city:novosibirsk');
  });

  it('answers 400 for one id, 404 for an unknown one', async () => {
    const one = await t.app.inject('/api/shared-partners?ids=city:omsk');
    expect(one.statusCode).toBe(400);
    expect(one.json().issues[0].field).toBe('ids');
    expect((await t.app.inject('/api/shared-partners?ids=city:omsk,city:atlantis')).statusCode).toBe(404);
  });
});

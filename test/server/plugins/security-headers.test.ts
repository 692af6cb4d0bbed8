import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app.js';
import { loadConfig } from '../../../server/config.js';
import { createDriver, GraphDb } from '../../../server/db/graph-db.js';
import { findFreePort } from '../../../neo4j/embedded.js';

// None of these requests reaches the database, so a driver pointed at a free port is enough.
describe('security headers and the rate-limit answer', () => {
  let app: FastifyInstance;
  let db: GraphDb;
  beforeAll(async () => {
    db = new GraphDb(createDriver({ uri: `bolt://127.0.0.1:${await findFreePort()}` }));
    app = await buildApp({ db, config: loadConfig({}), limits: { expensivePerMinute: 2 } });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const csp = (res: { headers: Record<string, unknown> }) =>
    Object.fromEntries(
      String(res.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    ) as Record<string, string[]>;

  it('sends nosniff, no framing and a CSP without inline scripts on API answers', async () => {
    const res = await app.inject('/openapi.json');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const policy = csp(res);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['upgrade-insecure-requests']).toBeUndefined();
  });

  it("lets Swagger UI's page and its inline code run at /docs", async () => {
    const res = await app.inject('/docs/');
    expect(res.statusCode).toBe(200);
    const policy = csp(res);
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    for (const [, body] of res.body.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (body!.trim()) expect(policy['script-src']).toContain(sha(body!));
    }
    for (const [, body] of res.body.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) expect(policy['style-src']).toContain(sha(body!));
    expect(res.body).not.toMatch(/\son[a-z]+=/);
  });

  it("allows exactly the stylesheet Cytoscape.js injects (hash of the installed version's text)", async () => {
    const require = createRequire(import.meta.url);
    const source = readFileSync(require.resolve('cytoscape'), 'utf8');
    const text = /stylesheet\.textContent = '\.' \+ className \+ '([^']*)'/.exec(source);
    const className = /var className = '([^']+)'/.exec(source);
    expect(text && className).toBeTruthy();
    const hash = createHash('sha256').update(`.${className![1]}${text![1]}`).digest('base64');
    expect(csp(await app.inject('/openapi.json'))['style-src']).toContain(`'sha256-${hash}'`);
  });

  it('names the real window in a 429, not the time left', async () => {
    const statuses: number[] = [];
    let last = await app.inject('/api/paths?from=city:a&to=city:a');
    for (let i = 0; i < 3; i++) {
      last = await app.inject('/api/paths?from=city:a&to=city:a');
      statuses.push(last.statusCode);
    }
    expect(statuses).toContain(429);
    expect(last.statusCode).toBe(429);
    expect(last.json()).toMatchObject({ code: 'rate_limited' });
    expect(last.json().message).toMatch(/^Too many requests: at most 2 a minute on this endpoint; retry in \d+ s\.$/);
  });
});

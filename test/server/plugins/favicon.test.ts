// The site icon (server/plugins/favicon.ts): served where browsers look for it, as SVG.
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { FAVICON_SVG, registerFavicon } from '../../../server/plugins/favicon.js';

describe('favicon', () => {
  const app = Fastify();
  registerFavicon(app);
  afterAll(async () => app.close());

  it.each(['/favicon.ico', '/favicon.svg'])('answers %s with the SVG icon', async (url) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.body).toBe(FAVICON_SVG);
    expect(res.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>$/);
  });
});

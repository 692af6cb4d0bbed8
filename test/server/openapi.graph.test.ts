import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/app.js';

describe('openapi', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(async () => t.close());

  it('documents every endpoint with named models and examples', async () => {
    const doc = (await t.app.inject('/openapi.json')).json();
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/country-links',
      '/api/cypher',
      '/api/entities/{id}',
      '/api/entities/{id}/neighbours',
      '/api/export',
      '/api/graph',
      '/api/health',
      '/api/paths',
      '/api/relations/{id}',
      '/api/reports',
      '/api/reports/jobs/{id}',
      '/api/reports/{id}',
      '/api/search',
      '/api/shared-partners',
      '/api/similar/{id}',
      '/api/sources',
      '/api/sources/{id}/facts',
      '/api/stats',
      '/api/timeline',
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Subgraph', 'GraphNode', 'GraphEdge', 'Relation', 'Evidence', 'Error', 'SharedPartners', 'Paths', 'CountryLinks']));
    expect(JSON.stringify(doc)).toContain('"example"');
    expect(doc).toMatchSnapshot();
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await t.app.inject('/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});

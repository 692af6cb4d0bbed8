import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import fastJson from 'fast-json-stringify';
import { responseJsonSchema } from '../../../server/schemas/serializer.js';
import { Subgraph } from '../../../neo4j/contract/subgraph.js';

const write = (schema: z.ZodType, data: unknown) => fastJson(responseJsonSchema(schema) as never)(data);

describe('answers written from the zod models', () => {
  it('writes what a zod parse then JSON.stringify wrote, leaving out undeclared fields', () => {
    const answer = {
      nodes: [
        { id: 'city:a', kind: 'City', name: 'Аа "quoted"\n', nameEn: null, country: 'RU', lat: 54.5, lon: null, city: null, extra: 1 },
      ],
      edges: [
        { id: 'e1', kind: 'TWIN', source: 'city:a', target: 'city:b', directed: false, year: 2023, month: null, status: null, confidence: 0.9, reports: ['r-1'], evidenceCount: 2 },
      ],
      truncated: false,
    };
    expect(write(Subgraph, answer)).toBe(JSON.stringify(Subgraph.parse(answer)));
  });

  it('keeps fields named like JSON Schema keywords', () => {
    const Model = z.object({ description: z.string(), minimum: z.number().int().nullable(), example: z.string().nullable() });
    const value = { description: 'd', minimum: 3, example: null };
    expect(JSON.parse(write(Model, value))).toEqual(value);
  });

  it('refuses an answer missing a required field, as the zod parse did', () => {
    expect(() => write(Subgraph, { nodes: [], edges: [] })).toThrow();
  });
});

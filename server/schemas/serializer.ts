// Answers written with fast-json-stringify from the routes' zod response models, instead of a zod parse of every
// answer followed by JSON.stringify (fastify-type-provider-zod's serializer): the shapes are still the zod models
// (the same JSON Schema the OpenAPI document shows), each compiled once into a function that writes only the
// declared fields, as zod's parse kept only them.
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Json = Record<string, unknown>;

/**
 * zod writes a nullable integer as `anyOf: [{type: integer, …bounds}, {type: null}]`; fast-json-stringify
 * settles an anyOf by validating the value against each branch (ajv, per value), but a type list by a typeof
 * test. Bounds are dropped: the serialiser checks no bounds anyway.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === 'minimum' || k === 'maximum') continue;
    // Maps of names to schemas: the names are fields, not keywords.
    out[k] = MAPS.has(k) && v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([n, s]) => [n, simplify(s)])) : simplify(v);
  }
  const anyOf = out.anyOf as Json[] | undefined;
  if (anyOf?.length === 2) {
    const nullAt = anyOf.findIndex((b) => b.type === 'null' && Object.keys(b).length === 1);
    const other = anyOf[1 - nullAt];
    if (nullAt >= 0 && typeof other?.type === 'string' && other.$ref === undefined && other.anyOf === undefined) {
      delete out.anyOf;
      return { ...out, ...other, type: [other.type, 'null'] };
    }
  }
  return out;
}

const MAPS = new Set(['properties', 'definitions', '$defs', 'patternProperties']);

/** The JSON Schema fast-json-stringify compiles for a zod model (exported for the tests). */
export function responseJsonSchema(schema: z.ZodType): Json {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' }) as Json;
  return simplify(json) as Json;
}

export const serializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const { schema } = route;
  // Route schemas here are zod models; anything else (a plain JSON Schema) goes the library's way.
  if (!(schema instanceof z.ZodType)) return zodSerializerCompiler(route as never);
  // Compiled on first use: routes times status codes make many schemas, most answers never sent by a given process.
  let stringify: ((data: unknown) => string) | undefined;
  return (data) => (stringify ??= fastJson(responseJsonSchema(schema) as never))(data);
};

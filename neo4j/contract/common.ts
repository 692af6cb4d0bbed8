// The API contract's shared zod models: relation and entity kinds, comma-separated list parameters, the error body.
import { z } from 'zod';
import { ENTITY_KINDS, RELATION_KINDS } from '../model/kinds.js';

export { OVERVIEW_KINDS, PARTNER_KINDS } from './kinds.js';

export const RelationKind = z.enum(RELATION_KINDS).meta({ id: 'RelationKind', example: 'TWIN' });
export type RelationKind = z.infer<typeof RelationKind>;

export const EntityKind = z.enum(ENTITY_KINDS).meta({ id: 'EntityKind', example: 'City' });
export type EntityKind = z.infer<typeof EntityKind>;

/** `a,b,c` in a query string as a checked list of `item`, between `min` and `max` entries. */
export function csvList<T extends z.ZodType<string>>(item: T, opts: { min?: number; max?: number } = {}) {
  const { min = 1, max = 20 } = opts;
  return z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter((s) => s !== '') : v),
    z.array(item).min(min).max(max),
  );
}

export const kindsParam = (defaults: RelationKind[]) =>
  csvList(RelationKind, { max: RELATION_KINDS.length })
    .optional()
    .meta({ description: `Relation kinds, comma-separated (default ${defaults.join(',')})`, example: defaults.join(',') });

export const entityIdParam = z
  .string()
  .min(3)
  .max(200)
  .regex(/^[a-z]+:[^\s]+$/, 'must be an entity id such as city:omsk')
  .meta({ example: 'city:omsk' });

export const yearParam = z.coerce.number().int().min(1000).max(2100);

export const ErrorBody = z
  .object({
    code: z.string().meta({ example: 'not_found' }),
    message: z.string().meta({ example: 'No entity with id "city:atlantis"' }),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' });

/** Error responses every read route can give. */
export const readErrors = { 400: ErrorBody, 404: ErrorBody, 503: ErrorBody, 504: ErrorBody };

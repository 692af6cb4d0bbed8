// The filters shared by GET /api/graph and GET /api/export.
import { z } from 'zod';
import { csvList, kindsParam, OVERVIEW_KINDS, yearParam } from './common.js';

export const graphFilterFields = {
  kinds: kindsParam(OVERVIEW_KINDS),
  countries: csvList(z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').transform((c) => c.toUpperCase()), { max: 50 })
    .optional()
    .meta({ description: 'Either end in one of these countries (ISO2, comma-separated)', example: 'RU,BY' }),
  yearFrom: yearParam.optional(),
  yearTo: yearParam.optional(),
  source: z
    .string()
    .regex(/^(report|csv(:[^\s]{1,200})?)$/, 'must be report, csv or csv:<file>')
    .optional()
    .meta({ description: 'Only relations with this support', example: 'report' }),
  minDegree: z.coerce.number().int().min(1).max(1000).default(1),
  // 30,000 holds the whole Wikipedia twin list (about 26,000 pairs): the page draws that many on the map.
  limit: z.coerce.number().int().min(1).max(30000).default(2000).meta({ description: 'Most edges' }),
};

export const yearOrder = (q: { yearFrom?: number; yearTo?: number }) =>
  q.yearFrom === undefined || q.yearTo === undefined || q.yearFrom <= q.yearTo;
export const yearOrderError = { path: ['yearTo'], message: 'must not be before yearFrom' };

// The answer of GET /api/timeline: facts per year and kind, and the undated ones.
import { z } from 'zod';

export const YearCount = z
  .object({
    year: z.number().int().nullable().meta({ example: 2023 }),
    total: z.number().int().meta({ example: 12 }),
    byKind: z.record(z.string(), z.number().int()).meta({ example: { TWIN: 2, VISIT: 10 } }),
  })
  .meta({ id: 'YearCount' });
export type YearCount = z.infer<typeof YearCount>;

export const Timeline = z.object({ years: z.array(YearCount), undated: YearCount }).meta({ id: 'Timeline' });
export type Timeline = z.infer<typeof Timeline>;

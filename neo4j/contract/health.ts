// The answer of GET /api/health: the server's version and whether the graph database answers.
import { z } from 'zod';

export const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    version: z.string(),
    database: z.object({
      status: z.enum(['up', 'down']),
      latencyMs: z.number(),
      message: z.string().optional(),
    }),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;

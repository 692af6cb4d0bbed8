// The answer of POST /api/cypher: a researcher's read-only query as columns and plain JSON rows.
import { z } from 'zod';

export const CypherAnswer = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())),
    truncated: z.boolean().meta({ description: 'true when the row cap or the byte cap cut the answer short' }),
  })
  .meta({ id: 'CypherAnswer', example: { columns: ['city', 'twins'], rows: [{ city: 'Омск', twins: 6 }], truncated: false } });
export type CypherAnswer = z.infer<typeof CypherAnswer>;

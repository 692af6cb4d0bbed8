// The answers of GET /api/sources and /api/sources/:id/facts: reports and twin lists side by side.
import { z } from 'zod';
import { GraphEdge, GraphNode } from './subgraph.js';

export const CitySourceCounts = z
  .object({
    city: GraphNode,
    both: z.number().int().meta({ description: 'Facts a report and a twin list both state', example: 3 }),
    reportsOnly: z.number().int().meta({ description: 'Facts only reports state', example: 2 }),
    listOnly: z.number().int().meta({ description: 'Facts only a twin list states', example: 5 }),
  })
  .meta({ id: 'CitySourceCounts' });
export type CitySourceCounts = z.infer<typeof CitySourceCounts>;

export const SourceCounts = z.object({ cities: z.array(CitySourceCounts) }).meta({ id: 'SourceCounts' });
export type SourceCounts = z.infer<typeof SourceCounts>;

export const SourceSide = z.enum(['both', 'reports-only', 'list-only']).meta({ description: 'Which sources state the fact' });
export type SourceSide = z.infer<typeof SourceSide>;

export const SourceFacts = z.object({ facts: z.array(z.object({ edge: GraphEdge, other: GraphNode })) }).meta({ id: 'SourceFacts' });
export type SourceFacts = z.infer<typeof SourceFacts>;

// The answer of GET /api/entities/:id: one entity with its properties, relation counts and reports.
import { z } from 'zod';
import { GraphNode } from './subgraph.js';

export const ReportRef = z
  .object({ id: z.string(), file: z.string().nullable(), city: z.string().nullable(), year: z.number().int().nullable(), title: z.string().nullable() })
  .meta({ id: 'ReportRef' });
export type ReportRef = z.infer<typeof ReportRef>;

export const EntityDetail = GraphNode.extend({
  properties: z.record(z.string(), z.unknown()).meta({ description: 'Every stored property' }),
  relationCounts: z.record(z.string(), z.number().int()).meta({ example: { TWIN: 6, VISIT: 8, LOCATED_IN: 1 } }),
  reports: z.array(ReportRef),
  sources: z.array(z.string()).meta({ description: 'Other supports, such as csv:<file>' }),
}).meta({ id: 'EntityDetail' });
export type EntityDetail = z.infer<typeof EntityDetail>;

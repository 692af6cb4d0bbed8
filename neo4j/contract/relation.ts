// The answer of GET /api/relations/:id: one fact with all its evidence, its two ends and its statements in time order.
import { z } from 'zod';
import { GraphNode, HistoryEntry, Relation } from './subgraph.js';

export const RelationDetail = z
  .object({
    relation: Relation,
    source: GraphNode,
    target: GraphNode,
    history: z.array(HistoryEntry).meta({ description: 'Its statements in time order: planned, signed, cited as in force, suspended…' }),
  })
  .meta({ id: 'RelationDetail' });
export type RelationDetail = z.infer<typeof RelationDetail>;

// The answer of GET /api/shared-partners: the partners all given cities share, with the relations on every side.
import { z } from 'zod';
import { GraphNode, Relation } from './subgraph.js';

export const SharedPartner = z
  .object({
    partner: GraphNode,
    sides: z.array(z.object({ of: z.string().meta({ example: 'city:omsk' }), relations: z.array(Relation) })),
  })
  .meta({ id: 'SharedPartner' });
export type SharedPartner = z.infer<typeof SharedPartner>;

export const SharedPartners = z.object({ of: z.array(GraphNode), partners: z.array(SharedPartner) }).meta({ id: 'SharedPartners' });
export type SharedPartners = z.infer<typeof SharedPartners>;

// The answer of GET /api/similar/:id: the cities with the most partners in common with one, ranked.
import { z } from 'zod';
import { GraphNode } from './subgraph.js';

export const SimilarCity = z
  .object({
    city: GraphNode,
    common: z.number().int().meta({ example: 2 }),
    jaccard: z.number().meta({ description: 'common / size of the union of both partner sets', example: 0.118 }),
    adamicAdar: z.number().meta({ description: 'Σ 1/log(degree) over the shared partners', example: 1.82 }),
    shared: z.array(GraphNode),
  })
  .meta({ id: 'SimilarCity' });
export type SimilarCity = z.infer<typeof SimilarCity>;

export const Similar = z.object({ of: GraphNode, similar: z.array(SimilarCity) }).meta({ id: 'Similar' });
export type Similar = z.infer<typeof Similar>;

// The answer of GET /api/paths: the shortest path and its alternatives, each hop with its relation.
import { z } from 'zod';
import { GraphNode, Relation } from './subgraph.js';

export const Hop = z.object({ from: z.string(), to: z.string(), relation: Relation }).meta({ id: 'Hop' });
export type Hop = z.infer<typeof Hop>;

export const Path = z
  .object({ length: z.number().int().meta({ example: 3 }), nodes: z.array(z.string()), hops: z.array(Hop) })
  .meta({ id: 'Path' });
export type Path = z.infer<typeof Path>;

export const Paths = z
  .object({ from: GraphNode, to: GraphNode, nodes: z.array(GraphNode), paths: z.array(Path) })
  .meta({ id: 'Paths' });
export type Paths = z.infer<typeof Paths>;

// The answer of GET /api/paths: the shortest path and its alternatives, each hop with its relation.
import type { GraphNode, Relation } from './subgraph.js';

export interface Hop {
  from: string;
  to: string;
  relation: Relation;
}

export interface Paths {
  from: GraphNode;
  to: GraphNode;
  nodes: GraphNode[];
  paths: Array<{ length: number; nodes: string[]; hops: Hop[] }>;
}

// Network measures of the city graph (pure): degrees, components, centralities and Louvain communities.
import type { CityMetrics, Ranked } from '../../neo4j/contract/stats.js';
import { UndirectedGraph } from 'graphology';
import { betweenness, pagerank } from 'graphology-metrics/centrality/index.js';
import louvainModule from 'graphology-communities-louvain';
import type { GraphNode } from '../../neo4j/contract/subgraph.js';

// A CommonJS package whose types declare an ES default: at run time the import *is* the function.
const louvain = ((louvainModule as unknown as { default?: unknown }).default ?? louvainModule) as unknown as (
  g: UndirectedGraph,
  opts: { randomWalk: boolean; rng: () => number },
) => Record<string, number>;

const round = (x: number) => Math.round(x * 10000) / 10000;

function components(g: UndirectedGraph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  g.forEachNode((start) => {
    if (seen.has(start)) return;
    const part: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const n = queue.pop()!;
      part.push(n);
      g.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      });
    }
    out.push(part);
  });
  return out.sort((a, b) => b.length - a.length);
}

/** Measures on the cities that have at least one link (isolated cities only count in `cities`). */
export function cityMetrics(cities: GraphNode[], links: Array<[string, string]>, top = 10): CityMetrics {
  const g = new UndirectedGraph();
  const names = new Map(cities.map((c) => [c.id, c.name]));
  for (const [a, b] of links) {
    g.mergeNode(a);
    g.mergeNode(b);
    g.mergeEdge(a, b);
  }
  const rank = (score: (id: string) => number): Ranked[] =>
    g
      .nodes()
      .map((id) => ({ id, name: names.get(id) ?? id, value: round(score(id)) }))
      .sort((x, y) => y.value - x.value || x.id.localeCompare(y.id))
      .slice(0, top);
  const histogram = new Map<number, number>();
  for (const c of cities) {
    const d = g.hasNode(c.id) ? g.degree(c.id) : 0;
    histogram.set(d, (histogram.get(d) ?? 0) + 1);
  }
  const parts = components(g);
  const giant = parts[0]?.length ?? 0;
  const bc = g.order > 0 ? betweenness(g, { normalized: true }) : {};
  const pr = g.order > 0 ? pagerank(g) : {};
  const community = g.order > 0 ? louvain(g, { randomWalk: false, rng: () => 0.5 }) : {};
  const groups = new Map<number, string[]>();
  for (const [id, c] of Object.entries(community)) groups.set(c, [...(groups.get(c) ?? []), id]);
  return {
    cities: cities.length,
    links: g.size,
    degreeDistribution: [...histogram].map(([degree, n]) => ({ degree, cities: n })).sort((a, b) => a.degree - b.degree),
    components: { count: parts.length, giantSize: giant, giantShare: g.order > 0 ? round(giant / g.order) : 0 },
    topByDegree: rank((id) => g.degree(id)),
    topByBetweenness: rank((id) => bc[id] ?? 0),
    topByPageRank: rank((id) => pr[id] ?? 0),
    communities: [...groups.values()]
      .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!))
      .map((members, i) => ({ id: i, size: members.length, members: members.sort().map((id) => ({ id, name: names.get(id) ?? id })) })),
  };
}

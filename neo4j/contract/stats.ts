// The answer of GET /api/stats: counts per label and kind, and the city graph's network measures (computed in
// server/repository/city-metrics.ts).
import { z } from 'zod';

export const Ranked = z
  .object({ id: z.string(), name: z.string(), value: z.number() })
  .meta({ id: 'RankedCity', example: { id: 'city:omsk', name: 'Омск', value: 24 } });
export type Ranked = z.infer<typeof Ranked>;

/** The network measures alone: what the metrics worker computes from the cities and their links. */
export const CityMetrics = z.object({
  cities: z.number().int().meta({ description: 'City nodes, linked or not' }),
  links: z.number().int().meta({ description: 'Pairs of cities related by one of the kinds' }),
  degreeDistribution: z.array(z.object({ degree: z.number().int(), cities: z.number().int() })),
  components: z.object({ count: z.number().int(), giantSize: z.number().int(), giantShare: z.number() }),
  topByDegree: z.array(Ranked),
  topByBetweenness: z.array(Ranked),
  topByPageRank: z.array(Ranked),
  communities: z.array(z.object({ id: z.number().int(), size: z.number().int(), members: z.array(z.object({ id: z.string(), name: z.string() })) })),
});
export type CityMetrics = z.infer<typeof CityMetrics>;

export const Stats = z
  .object({
    labels: z.record(z.string(), z.number().int()).meta({ example: { City: 63, Country: 24, Institution: 21 } }),
    kinds: z.record(z.string(), z.number().int()).meta({ example: { TWIN: 7, AGREEMENT: 28, VISIT: 25 } }),
    ...CityMetrics.shape,
    computedAt: z.string(),
    cached: z.boolean().meta({ description: 'true when served from the cache (kept until the graph changes)' }),
  })
  .meta({ id: 'Stats' });
export type Stats = z.infer<typeof Stats>;

// The network measures of the city graph that GET /api/stats answers (computed in server/repository/city-metrics.ts).

export interface Ranked {
  id: string;
  name: string;
  value: number;
}

export interface CityMetrics {
  cities: number;
  links: number;
  degreeDistribution: Array<{ degree: number; cities: number }>;
  components: { count: number; giantSize: number; giantShare: number };
  topByDegree: Ranked[];
  topByBetweenness: Ranked[];
  topByPageRank: Ranked[];
  communities: Array<{ id: number; size: number; members: Array<{ id: string; name: string }> }>;
}

// A small subgraph in the API's shape (Омск, Гомель, Томск, Минск, a Gomel school, Belarus) for the web tests.
import type { GraphEdge, GraphNode } from '../../web/src/api-types.js';

export const node = (id: string, over: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind: 'City',
  name: id,
  nameEn: null,
  country: null,
  lat: null,
  lon: null,
  city: null,
  ...over,
});

export const edge = (id: string, kind: GraphEdge['kind'], source: string, target: string, over: Partial<GraphEdge> = {}): GraphEdge => ({
  id,
  kind,
  source,
  target,
  directed: kind === 'VISIT' || kind === 'LOCATED_IN',
  year: null,
  month: null,
  status: null,
  confidence: 0.9,
  reports: ['r-3a83c56cbe19'],
  evidenceCount: 1,
  ...over,
});

export const omsk = node('city:omsk', { name: 'Омск', nameEn: 'Omsk', country: 'RU', lat: 54.99, lon: 73.37 });
export const gomel = node('city:gomel', { name: 'Гомель', nameEn: 'Gomel', country: 'BY', lat: 52.43, lon: 30.98 });
export const tomsk = node('city:tomsk', { name: 'Томск', nameEn: 'Tomsk', country: 'RU', lat: 56.5, lon: 84.97 });
export const minsk = node('city:minsk', { name: 'Минск', nameEn: 'Minsk', country: 'BY', lat: 53.9, lon: 27.57 });
export const school = node('inst:school-75', { kind: 'Institution', name: 'Средняя школа № 75 города Гомеля', city: 'city:gomel' });
export const belarus = node('country:BY', { kind: 'Country', name: 'Беларусь', nameEn: 'Belarus', country: 'BY' });

export const sample = {
  nodes: [omsk, gomel, tomsk, minsk, school, belarus],
  edges: [
    edge('e1', 'TWIN', 'city:gomel', 'city:omsk', { year: 2023 }),
    edge('e2', 'VISIT', 'city:omsk', 'city:gomel', { year: 2023, month: 4 }),
    edge('e3', 'AGREEMENT', 'city:gomel', 'city:tomsk', { year: 2024, status: 'signed', reports: ['r-d3f17b8c4a09'] }),
    edge('e4', 'TWIN', 'city:minsk', 'city:omsk', { year: 2016, reports: ['r-aaaaaa', 'csv:twin-cities-enwiki.csv'] }),
    edge('e5', 'TWIN', 'city:minsk', 'city:tomsk', { reports: ['csv:twin-cities-enwiki.csv'] }),
    edge('e6', 'LOCATED_IN', 'inst:school-75', 'city:gomel'),
    edge('e7', 'LOCATED_IN', 'city:gomel', 'country:BY'),
  ],
};

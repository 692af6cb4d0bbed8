// Matched twin pairs as graph rows (import/twins/to-twin-graph.ts).
import { describe, expect, it } from 'vitest';
import { parseEvidence } from '../../../neo4j/model/evidence.js';
import type { TwinPair } from '../../../import/twins/check-row.js';
import { matchCity } from '../../../import/twins/match-city.js';
import { twinGraph } from '../../../import/twins/to-twin-graph.js';

const pair = (line: number, city1: string, iso1: string, city2: string, iso2: string, since: number | null = null): TwinPair => ({
  line, quote: `${city1},${iso1},${city2},${iso2}`, city1, iso1, city2, iso2, since,
});
const matched = (p: TwinPair) => ({ pair: p, a: matchCity(p.city1, p.iso1, new Map()), b: matchCity(p.city2, p.iso2, new Map()) });

describe('twin graph', () => {
  const pairs = [pair(2, 'Omsk', 'RU', 'Gomel', 'BY', 1999), pair(3, 'Gomel', 'BY', 'Omsk', 'RU'), pair(4, 'Gomel', 'BY', 'Homyel', 'BY')];
  const { batch, rejected } = twinGraph('csv:t.csv', pairs.map(matched), (name, iso2) => pairs.find((p) => p.city1 === name && p.iso1 === iso2));

  it('makes a pair listed from both sides one TWIN in canonical order with both rows as evidence', () => {
    const twins = batch.facts.filter((r) => r.kind === 'TWIN');
    expect(twins).toHaveLength(1);
    expect(twins[0]).toMatchObject({ source: 'city:gomel', target: 'city:omsk', key: '' });
    expect(twins[0]!.evidence.map(parseEvidence)).toEqual([
      { source: 'csv:t.csv', quote: 'Omsk,RU,Gomel,BY', line: 2, year: 1999, confidence: 1 },
      { source: 'csv:t.csv', quote: 'Gomel,BY,Omsk,RU', line: 3, confidence: 1 },
    ]);
  });

  it('rejects two names for one city', () => {
    expect(rejected).toEqual([{ line: 4, quote: 'Gomel,BY,Homyel,BY', reason: 'a city twinned with itself (both are city:gomel)' }]);
  });

  it('puts every city in its country, with the first row that names it as evidence', () => {
    const located = batch.facts.filter((r) => r.kind === 'LOCATED_IN').map((r) => [r.source, r.target, parseEvidence(r.evidence[0]!).line]);
    expect(located).toEqual([['city:omsk', 'country:RU', 2], ['city:gomel', 'country:BY', 3]]);
    expect(batch.entities.map((n) => n.id).sort()).toEqual(['city:gomel', 'city:omsk', 'country:BY', 'country:RU']);
  });
});

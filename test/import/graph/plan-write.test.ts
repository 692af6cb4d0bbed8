// A batch meeting what the graph holds: final properties, changed rows only, new vs known (import/graph/plan-write.ts).
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../import/graph/batch.js';
import { evidenceJson } from '../../../neo4j/model/evidence.js';
import { planWrite } from '../../../import/graph/plan-write.js';
import { factIdentity } from '../../../neo4j/model/fact.js';

const e1 = evidenceJson({ report: 'r-1', source: 'report', quote: 'один', year: 2016, confidence: 0.8 });
const e2 = evidenceJson({ report: 'r-2', source: 'report', quote: 'два', year: 2023, confidence: 0.95 });

const batch = (support: string, evidence: string): GraphBatch => ({
  support,
  entities: [
    { kind: 'City', id: 'city:omsk', props: { name: 'Омск', nameEn: 'Omsk', country: 'RU', lat: null }, variants: ['Omsk'] },
    { kind: 'City', id: 'city:gomel', props: { name: 'Гомель', nameEn: 'Gomel', country: 'BY' }, variants: ['Homyel'] },
  ],
  facts: [{ kind: 'TWIN', source: 'city:gomel', target: 'city:omsk', key: '', evidence: [evidence] }],
});

describe('plan write', () => {
  const first = planWrite(batch('r-1', e1), { entities: new Map(), facts: new Map() });

  it('writes everything into an empty graph and counts it new', () => {
    expect(first.stats).toEqual({ entitiesNew: 2, entitiesKnown: 0, entitiesUpdated: 0, factsNew: 1, factsKnown: 0, factsUpdated: 0 });
    expect(first.entities.get('City')?.[1]?.props).toEqual({
      name: 'Гомель', nameEn: 'Gomel', country: 'BY', variants: ['Homyel'], searchText: expect.stringContaining('гомель gomel homyel'),
    });
  });

  it('writes nothing when the graph already holds it all', () => {
    const entities = new Map(first.entities.get('City')!.map((n) => [n.id, { id: n.id, ...n.props }]));
    const facts = new Map([[factIdentity(batch('r-1', e1).facts[0]!), { key: '', ...first.facts.get('TWIN')![0]!.props }]]);
    const again = planWrite(batch('r-1', e1), { entities, facts });
    expect(again.stats).toMatchObject({ entitiesKnown: 2, entitiesUpdated: 0, factsKnown: 1, factsUpdated: 0 });
    expect([...again.entities.values(), ...again.facts.values()].flat()).toEqual([]);
  });

  it('adds a second report’s support and evidence to known facts, and leaves entities it names as held alone', () => {
    const entities = new Map(first.entities.get('City')!.map((n) => [n.id, n.props]));
    const facts = new Map([[factIdentity(batch('r-1', e1).facts[0]!), first.facts.get('TWIN')![0]!.props as unknown as Record<string, unknown>]]);
    const second = planWrite(batch('r-2', e2), { entities, facts });
    // That the second report names them too is a Mention node the database writes, not a change to the entities.
    expect(second.stats).toEqual({ entitiesNew: 0, entitiesKnown: 2, entitiesUpdated: 0, factsNew: 0, factsKnown: 1, factsUpdated: 1 });
    expect(second.entities.size).toBe(0);
    expect(second.facts.get('TWIN')?.[0]?.props).toMatchObject({ year: 2016, confidence: 0.95, reports: ['r-1', 'r-2'], evidence: [e1, e2] });
  });

  it('keeps a known value the source does not know', () => {
    const entities = new Map([['city:omsk', { name: 'Омск', lat: 55 }]]);
    const plan = planWrite(batch('r-2', e2), { entities, facts: new Map() });
    expect(plan.entities.get('City')?.[0]?.props).toMatchObject({ lat: 55, variants: ['Omsk'] });
    expect(plan.entities.get('City')?.[0]?.props).not.toHaveProperty('reports');
  });
});

// A batch meeting what the graph holds: final properties, changed rows only, new vs known (import/graph/plan-write.ts).
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../import/graph/batch.js';
import { evidenceJson } from '../../../neo4j/model/evidence.js';
import { planWrite } from '../../../import/graph/plan-write.js';
import { rowIdentity } from '../../../import/graph/batch.js';

const e1 = evidenceJson({ report: 'r-1', source: 'report', quote: 'один', year: 2016, confidence: 0.8 });
const e2 = evidenceJson({ report: 'r-2', source: 'report', quote: 'два', year: 2023, confidence: 0.95 });

const batch = (support: string, evidence: string): GraphBatch => ({
  support,
  nodes: [
    { label: 'City', id: 'city:omsk', props: { name: 'Омск', nameEn: 'Omsk', country: 'RU', lat: null }, variants: ['Omsk'] },
    { label: 'City', id: 'city:gomel', props: { name: 'Гомель', nameEn: 'Gomel', country: 'BY' }, variants: ['Homyel'] },
  ],
  rels: [{ type: 'TWIN', source: 'city:gomel', target: 'city:omsk', key: '', evidence: [evidence] }],
});

describe('plan write', () => {
  const first = planWrite(batch('r-1', e1), { nodes: new Map(), rels: new Map() });

  it('writes everything into an empty graph and counts it new', () => {
    expect(first.stats).toEqual({ nodesNew: 2, nodesKnown: 0, nodesUpdated: 0, relsNew: 1, relsKnown: 0, relsUpdated: 0 });
    expect(first.nodes.get('City')?.[1]?.props).toEqual({
      name: 'Гомель', nameEn: 'Gomel', country: 'BY', variants: ['Homyel'], reports: ['r-1'], searchText: expect.stringContaining('гомель gomel homyel'),
    });
  });

  it('writes nothing when the graph already holds it all', () => {
    const nodes = new Map(first.nodes.get('City')!.map((n) => [n.id, { id: n.id, ...n.props }]));
    const rels = new Map([[rowIdentity(batch('r-1', e1).rels[0]!), { key: '', ...first.rels.get('TWIN')![0]!.props }]]);
    const again = planWrite(batch('r-1', e1), { nodes, rels });
    expect(again.stats).toMatchObject({ nodesKnown: 2, nodesUpdated: 0, relsKnown: 1, relsUpdated: 0 });
    expect([...again.nodes.values(), ...again.rels.values()].flat()).toEqual([]);
  });

  it('adds a second report’s support and evidence to known facts', () => {
    const nodes = new Map(first.nodes.get('City')!.map((n) => [n.id, n.props]));
    const rels = new Map([[rowIdentity(batch('r-1', e1).rels[0]!), first.rels.get('TWIN')![0]!.props as unknown as Record<string, unknown>]]);
    const second = planWrite(batch('r-2', e2), { nodes, rels });
    expect(second.stats).toEqual({ nodesNew: 0, nodesKnown: 2, nodesUpdated: 2, relsNew: 0, relsKnown: 1, relsUpdated: 1 });
    expect(second.nodes.get('City')?.[0]?.props.reports).toEqual(['r-1', 'r-2']);
    expect(second.rels.get('TWIN')?.[0]?.props).toMatchObject({ year: 2016, confidence: 0.95, reports: ['r-1', 'r-2'], evidence: [e1, e2] });
  });

  it('keeps a known value the source does not know', () => {
    const nodes = new Map([['city:omsk', { name: 'Омск', lat: 55, reports: ['r-1'] }]]);
    const plan = planWrite(batch('r-2', e2), { nodes, rels: new Map() });
    expect(plan.nodes.get('City')?.[0]?.props).toMatchObject({ lat: 55, reports: ['r-1', 'r-2'] });
  });
});

// An extraction as graph rows (import/graph/to-graph.ts).
import { describe, expect, it } from 'vitest';
import { parseEvidence } from '../../../neo4j/model/evidence.js';
import { toGraph } from '../../../import/graph/to-graph.js';
import type { Extraction, ExtractedRelation } from '../../../import/extract/types.js';

const rel = (kind: ExtractedRelation['kind'], source: string, target: string, quote: string, more: Partial<ExtractedRelation> = {}): ExtractedRelation => ({
  kind, source, target, year: 2023, month: null, status: null, confidence: 0.9, evidence: { quote, start: 0, end: quote.length }, ...more,
});

const x: Extraction = {
  report: { id: 'r-abc', file: 'omsk-2023.txt', city: 'Омск', year: 2023, sha256: 'abc', title: 'Отчёт' },
  text: 'текст',
  entities: [
    { id: 'city:omsk', kind: 'City', name: 'Омск', country: 'RU' },
    { id: 'city:gomel', kind: 'City', name: 'Гомель', country: 'BY' },
    { id: 'city:nowhere', kind: 'City', name: 'Нигде', nameEn: 'Nigde', country: null },
    { id: 'inst:omgu', kind: 'Institution', name: 'ОмГУ', city: 'city:omsk', aliases: ['Омский университет'] },
  ],
  relations: [
    rel('TWIN', 'city:omsk', 'city:gomel', 'Омск и Гомель стали побратимами.'),
    rel('TWIN', 'city:gomel', 'city:omsk', 'Гомель — побратим Омска.', { confidence: 0.97 }),
    rel('VISIT', 'city:omsk', 'city:gomel', 'Визит в Гомель в апреле.', { month: 4 }),
    rel('VISIT', 'city:gomel', 'city:omsk', 'Ответный визит.', { month: 4 }),
    rel('LOCATED_IN', 'inst:omgu', 'city:omsk', 'ОмГУ в Омске.', { year: null }),
    rel('CONTACT', 'city:omsk', 'inst:ghost', 'Встреча с призраком.'),
  ],
};

describe('to graph', () => {
  const g = toGraph(x, '2025-01-01T00:00:00.000Z');
  const facts = g.facts.map((r) => `${r.kind} ${r.source} ${r.target} ${r.key} ×${r.evidence.length}`);

  it('makes one relationship per identity, symmetric ones in canonical order', () => {
    expect(facts).toEqual(expect.arrayContaining([
      'TWIN city:gomel city:omsk  ×2',
      'VISIT city:omsk city:gomel 2023|4 ×1',
      'VISIT city:gomel city:omsk 2023|4 ×1',
      'LOCATED_IN inst:omgu city:omsk  ×1',
    ]));
    expect(parseEvidence(g.facts[0]!.evidence[1]!)).toMatchObject({ report: 'r-abc', source: 'report', quote: 'Гомель — побратим Омска.', confidence: 0.97 });
  });

  it('puts each city with a country in it, quoting the first sentence that names it', () => {
    expect(facts).toEqual(expect.arrayContaining(['LOCATED_IN city:omsk country:RU  ×1', 'LOCATED_IN city:gomel country:BY  ×1']));
    const omsk = g.facts.find((r) => r.kind === 'LOCATED_IN' && r.source === 'city:omsk')!;
    expect(parseEvidence(omsk.evidence[0]!).quote).toBe('Омск и Гомель стали побратимами.');
    expect(g.entities.find((n) => n.id === 'country:BY')?.props).toMatchObject({ name: 'Беларусь', nameEn: 'Belarus', iso2: 'BY' });
  });

  it('fills gazetteer cities in by id and keeps what the extraction says of others', () => {
    const byId = new Map(g.entities.map((n) => [n.id, n]));
    expect(byId.get('city:gomel')?.props).toMatchObject({ nameEn: 'Gomel', country: 'BY', lat: expect.any(Number) });
    expect(byId.get('city:gomel')?.variants).toContain('Homyel');
    expect(byId.get('city:nowhere')?.props).toMatchObject({ name: 'Нигде', nameEn: 'Nigde', country: null });
    expect(byId.get('inst:omgu')).toMatchObject({ kind: 'Institution', props: { key: 'omgu', city: 'city:omsk' }, variants: ['Омский университет'] });
  });

  it('skips a relation whose end no entity describes, and says why', () => {
    expect(g.skipped).toEqual(['CONTACT city:omsk → inst:ghost: no entity for inst:ghost']);
  });

  it('describes the report', () => {
    expect(g.report).toMatchObject({
      id: 'r-abc',
      props: { file: 'omsk-2023.txt', city: 'Омск', year: 2023, title: 'Отчёт', importedAt: '2025-01-01T00:00:00.000Z', text: 'текст', entityCount: g.entities.length, relationCount: g.facts.length },
    });
  });
});

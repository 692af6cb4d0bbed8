// A fact's identity: its key and the stored order of its ends (neo4j/model/fact.ts), and the kinds allow-list.
import { describe, expect, it } from 'vitest';
import { canonicalEnds, factKeyFields, factKey } from '../../../neo4j/model/fact.js';
import { isRelationKind, type RelationKind } from '../../../neo4j/model/kinds.js';

describe('fact identity', () => {
  it.each<[RelationKind, { year?: number | null; month?: number | null; status?: string | null }, string]>([
    ['TWIN', { year: 2023, month: 4, status: 'signed' }, ''],
    ['PARTNER', { year: 2023 }, ''],
    ['PARTICIPATED_IN', { year: 2023, month: 5 }, ''],
    ['HELD_IN', {}, ''],
    ['LOCATED_IN', {}, ''],
    ['VISIT', { year: 2023, month: 4 }, '2023|4'],
    ['VISIT', { year: 2023, month: null }, '2023|'],
    ['CONTACT', { year: null, month: null }, '|'],
    ['AGREEMENT', { year: 2016, status: 'signed' }, 'signed|2016'],
    ['AGREEMENT', { year: null, status: 'planned' }, 'planned|'],
  ])('%s %j has key %j, which gives its fields back', (type, fields, key) => {
    expect(factKey(type, fields)).toBe(key);
    const back = factKeyFields(type, key);
    for (const [k, v] of Object.entries(back)) expect(v).toBe((fields as Record<string, unknown>)[k] ?? null);
  });

  it('orders the ends of symmetric kinds and keeps directed ones', () => {
    expect(canonicalEnds('TWIN', 'city:omsk', 'city:gomel')).toEqual(['city:gomel', 'city:omsk']);
    expect(canonicalEnds('CONTACT', 'city:a', 'city:b')).toEqual(['city:a', 'city:b']);
    expect(canonicalEnds('VISIT', 'city:omsk', 'city:gomel')).toEqual(['city:omsk', 'city:gomel']);
  });

  it('allows only the known relation kinds', () => {
    expect(isRelationKind('TWIN')).toBe(true);
    expect(isRelationKind('KNOWS')).toBe(false);
    expect(isRelationKind('TWIN]->() DETACH DELETE (n')).toBe(false);
  });
});

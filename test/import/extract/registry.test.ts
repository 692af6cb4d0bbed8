// The entities of one report, one per id (import/extract/registry.ts).
import { describe, expect, it } from 'vitest';
import { EntityRegistry } from '../../../import/extract/registry.js';

describe('entity registry', () => {
  it('fills in what the first entity lacked and keeps other names as aliases', () => {
    const r = new EntityRegistry();
    r.add({ id: 'city:tula', kind: 'City', name: 'Тула', country: null });
    r.add({ id: 'city:tula', kind: 'City', name: 'Тулa-сити', country: 'RU' });
    expect(r.get('city:tula')).toMatchObject({ name: 'Тула', country: 'RU', aliases: ['Тулa-сити'] });
  });

  it('names a town by its Cyrillic spelling when a Latin one came first', () => {
    const r = new EntityRegistry();
    r.add({ id: 'city:tikhvin', kind: 'City', name: 'Tikhvin', country: 'RU' });
    r.add({ id: 'city:tikhvin', kind: 'City', name: 'Тихвин', country: 'RU' });
    expect(r.get('city:tikhvin')).toMatchObject({ name: 'Тихвин', aliases: ['Tikhvin'] });
  });
});

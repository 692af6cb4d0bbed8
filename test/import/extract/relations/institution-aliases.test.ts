import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { EntityRegistry } from '../../../../import/extract/registry.js';
import { bodiesForTowns, mergeInstitutionAliases } from '../../../../import/extract/relations/institution-aliases.js';
import type { Entity, ExtractedRelation } from '../../../../import/extract/types.js';

beforeAll(loadMorph);

describe('one institution under its name and its abbreviation', () => {
  it("gives the abbreviation's relations to the full name, which keeps it as an alias", async () => {
    const text =
      'Пенза, 11.11.2024\nПензенский государственный университет принял делегацию из Гродно.\n' +
      'В тот же день ПГУ заключил договор с Гродненским государственным университетом.\n';
    const x = await extractText(text, { file: 'penza.txt' });
    const pgu = x.entities.find((e) => e.name === 'Пензенский государственный университет')!;
    expect(pgu.aliases).toContain('ПГУ');
    expect(x.entities.some((e) => e.name === 'ПГУ')).toBe(false);
    expect(x.relations.filter((r) => r.kind === 'AGREEMENT').flatMap((r) => [r.source, r.target])).toContain(pgu.id);
  });

  it('keeps an abbreviation that could stand for two full names apart', async () => {
    const text =
      'Пенза, 11.11.2024\nПензенский государственный университет и Пермский государственный университет провели форум.\n' +
      'ПГУ заключил договор с Гродненским государственным университетом.\n';
    const x = await extractText(text, { file: 'penza.txt' });
    expect(x.relations.some((r) => r.source.includes('pgu') || r.target.includes('pgu'))).toBe(true);
  });
});

describe('one institution under its full name and a description by its town', () => {
  const evidence = { quote: 'q', start: 0, end: 1 };
  const contact = (source: string, target: string): ExtractedRelation => ({
    kind: 'CONTACT', source, target, year: 2024, month: null, status: null, confidence: 0.6, evidence,
  });
  const registryOf = (...entities: Entity[]) => {
    const r = new EntityRegistry();
    for (const e of entities) r.add(e);
    return r;
  };

  it("gives the description's relations to the one body of the adjective's town with that kind in its name", () => {
    // The finder placed the description in the reporter's town by default; its adjective names Гродно.
    const registry = registryOf(
      { id: 'inst:full', kind: 'Institution', name: 'Государственный музей изобразительных искусств', city: 'city:grodno' },
      { id: 'inst:short', kind: 'Institution', name: 'Гродненский музей', city: 'city:penza' },
      { id: 'inst:ours', kind: 'Institution', name: 'Пензенская картинная галерея', city: 'city:penza' },
    );
    const merged = mergeInstitutionAliases([contact('inst:ours', 'inst:short')], registry);
    expect(merged.map((r) => `${r.source} ${r.target}`)).toEqual(['inst:ours inst:full']);
    expect(registry.get('inst:full')?.aliases).toContain('Гродненский музей');
  });

  it('leaves a description whose town has no such body of its own, or two', () => {
    const one = registryOf(
      { id: 'inst:full', kind: 'Institution', name: 'Государственный университет', city: 'city:penza' },
      { id: 'inst:short', kind: 'Institution', name: 'Гродненский университет', city: 'city:penza' },
    );
    expect(mergeInstitutionAliases([contact('inst:full', 'inst:short')], one).map((r) => r.target)).toEqual(['inst:short']);
  });
});

describe('a body named by its town and its kind', () => {
  const registry = new EntityRegistry();
  registry.add({ id: 'inst:ours', kind: 'Institution', name: 'Пензенский государственный университет', city: 'city:penza' });
  registry.add({ id: 'inst:grsu', kind: 'Institution', name: 'Гродненский государственный университет имени Янки Купалы', city: 'city:grodno' });
  const agreement = (quote: string): ExtractedRelation => ({
    kind: 'AGREEMENT', source: 'city:grodno', target: 'inst:ours', year: 2024, month: null, status: 'planned', confidence: 0.8, evidence: { quote, start: 0, end: quote.length },
  });

  it('is the one body of that town and kind the report named', () => {
    const [r] = bodiesForTowns([agreement('Соглашение с гродненским вузом планируется подписать осенью.')], registry);
    expect([r!.source, r!.target]).toEqual(['inst:grsu', 'inst:ours']);
  });

  it('leaves the town where the sentence names no body of it', () => {
    const [r] = bodiesForTowns([agreement('Соглашение с Гродно планируется подписать осенью.')], registry);
    expect(r!.source).toBe('city:grodno');
  });
});

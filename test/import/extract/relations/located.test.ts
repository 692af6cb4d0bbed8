import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../../../import/extract/sentence-mentions.js';
import { EntityRegistry } from '../../../../import/extract/registry.js';
import { locatedIn } from '../../../../import/extract/relations/located.js';
import type { ExtractedRelation } from '../../../../import/extract/types.js';
import type { RelationKind } from '../../../../neo4j/model/kinds.js';

beforeAll(async () => {
  await loadMorph();
});

/**
 * LOCATED_IN for a report about Omsk whose only sentence is `text`, with the relations given as
 * [kind, source, target] (an id prefix such as "inst:" picks the first entity of the sentence that starts with it).
 */
function located(text: string, rels: Array<[RelationKind, string, string]>): string[] {
  const sentence = { text, start: 100, end: 100 + text.length };
  const registry = new EntityRegistry();
  registry.add({ id: 'city:omsk', kind: 'City', name: 'Омск', country: 'RU' });
  const { entities } = mentionsOf(sentence, 'city:omsk');
  for (const e of entities) registry.add(e);
  const ids = entities.map((e) => e.id);
  const resolve = (id: string) => (id.endsWith(':') ? ids.find((x) => x.startsWith(id)) ?? id : id);
  const drafts: ExtractedRelation[] = rels.map(([kind, s, t]) => ({
    kind, source: resolve(s), target: resolve(t), year: null, month: null, status: null, confidence: 0.7,
    evidence: { quote: text, start: sentence.start, end: sentence.end },
  }));
  return locatedIn(drafts, registry, 'city:omsk', drafts).map((r) => `${r.source} → ${r.target}`);
}

describe('located in', () => {
  it.each([
    // a foreign partner city in its country
    ['В мае состоялся телемост с городом Брестом.', [['CONTACT', 'city:omsk', 'city:brest']], ['city:brest → country:BY']],
    // an institution in the city its own name states, and that city in its country
    ['Установлено сотрудничество со Средней школой № 12 города Гродно.', [['CONTACT', 'city:omsk', 'inst:']], ['→ city:grodno', 'city:grodno → country:BY']],
    // a bystander institution placed by its own name ("в городе Омске")
    ['При содействии Генерального консульства Республики Беларусь в городе Омске состоялся телемост с Брестом.', [['CONTACT', 'city:omsk', 'city:brest']], ['→ city:omsk']],
  ] as Array<[string, Array<[RelationKind, string, string]>, string[]]>)('%s', (text, rels, expected) => {
    const got = located(text, rels).join('\n');
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    // a city that is only an event's venue stays unplaced
    ['Омские спортсмены выступили на чемпионате «Кубок Каспия» в Баку.', [['HELD_IN', 'event:', 'city:baku']], 'city:baku →'],
    // the reporting city is home, not abroad
    ['В мае состоялся телемост с городом Брестом.', [['CONTACT', 'city:omsk', 'city:brest']], 'city:omsk → country:RU'],
    // a bystander institution the text does not place is left alone
    ['При поддержке департамента культуры состоялся телемост с Брестом.', [['CONTACT', 'city:omsk', 'city:brest']], 'inst:'],
    // a town of Crimea or Donbass, which the reports write of as their own country's, is not placed abroad
    ['В мае состоялся телемост с Горловкой.', [['CONTACT', 'city:omsk', 'city:gorlovka']], 'city:gorlovka → country:UA'],
    ['В мае состоялся телемост с городом Стаханов.', [['CONTACT', 'city:omsk', 'city:stakhanov']], 'city:stakhanov →'],
  ] as Array<[string, Array<[RelationKind, string, string]>, string]>)('nothing more for %s', (text, rels, unwanted) => {
    expect(located(text, rels).join('\n')).not.toContain(unwanted);
  });
});

describe('located in: what the whole report states', () => {
  /** LOCATED_IN for a report about Omsk of these sentences, none of them stating a relation. */
  function placedByText(...texts: string[]): string[] {
    const registry = new EntityRegistry();
    registry.add({ id: 'city:omsk', kind: 'City', name: 'Омск', country: 'RU' });
    const sentences = [];
    let start = 0;
    for (const text of texts) {
      const sentence = { text, start, end: start + text.length };
      for (const e of mentionsOf(sentence, 'city:omsk').entities) registry.add(e);
      sentences.push(sentence);
      start += text.length + 1;
    }
    return locatedIn([], registry, 'city:omsk', [], sentences).map((r) => `${r.source} → ${r.target} (${r.confidence})`);
  }

  it.each([
    ['На встрече был консул Генерального консульства Японии в Новосибирске.', 'city:novosibirsk'],
    ['На встрече был консул Генерального консульства Китая во Владивостоке.', 'city:vladivostok'],
    ['Выставку открыл Музей истории Новосибирска им. И.И. Петрова.', 'city:novosibirsk'],
    ['Книги передало муниципальное учреждение «Томская городская библиотечная сеть».', 'city:tomsk'],
  ])('places an institution whose name states its city, though no relation names it: %s', (text, city) => {
    // placed with less confidence than what a relation's sentence places: annual reports name many bystanders
    expect(placedByText(text).join('\n')).toMatch(new RegExp(`^inst:.* → ${city} \\(0\\.[0-8]\\d*\\)$`, 'm'));
  });

  it.each([
    ['Об этом сообщила пресс-служба мэрии Новосибирска.'],
    ['Томская епархия сообщает, что сезон паломничества открыт.'],
    ['Томский областной музей сообщает, что выставка открыта.'],
    ['На форуме выступил Туристский центр Новосибирской области.'],
    ['Школу посетили ученики имени Юрия Гагарина.'],
  ])('does not place: %s', (text) => {
    expect(placedByText(text).join('\n')).not.toMatch(/^inst:/m);
  });

  it.each([
    ['Среди партнёров — город Тюбинген (Германия).', '→ country:DE'],
    ['Опыт перенят у южнокорейского города Чханвон.', '→ country:KR'],
    ['Связи поддерживаются с китайскими городами Харбин, Шэньчжоу и Далянь.', '→ country:CN'],
    ['Это второй побратим (после города Лида в Беларуси) в этих странах.', '→ country:BY'],
    // a town of Donbass, which the reports write of as their own country's, where the text states the country
    ['Среди партнёров — город Стаханов (Украина).', 'city:stakhanov → country:UA'],
  ])('places a city in the country the text states: %s', (text, expected) => {
    expect(placedByText(text).join('\n')).toContain(expected);
  });
});

describe('located in: evidence', () => {
  /** Sentences of one report about Omsk, each with its relations; the LOCATED_IN of the first institution, with its quote. */
  function placing(sentences: Array<[string, Array<[RelationKind, string, string]>]>): { target: string; quote: string } | undefined {
    const registry = new EntityRegistry();
    registry.add({ id: 'city:omsk', kind: 'City', name: 'Омск', country: 'RU' });
    const drafts: ExtractedRelation[] = [];
    let start = 0;
    let inst: string | undefined;
    for (const [text, rels] of sentences) {
      const { entities } = mentionsOf({ text, start, end: start + text.length }, 'city:omsk');
      for (const e of entities) registry.add(e);
      const ids = entities.map((e) => e.id);
      inst ??= ids.find((id) => id.startsWith('inst:'));
      const resolve = (id: string) => (id.endsWith(':') ? ids.find((x) => x.startsWith(id)) ?? id : id);
      for (const [kind, s, t] of rels) {
        drafts.push({ kind, source: resolve(s), target: resolve(t), year: null, month: null, status: null, confidence: 0.7, evidence: { quote: text, start, end: start + text.length } });
      }
      start += text.length + 1;
    }
    const r = locatedIn(drafts, registry, 'city:omsk', drafts).find((x) => x.source === inst);
    return r && { target: r.target, quote: r.evidence.quote };
  }

  it('quotes the sentence that places an institution, not an earlier one about a trip elsewhere', () => {
    const trip = 'Делегация Омского государственного университета посетила Минск и Гомель.';
    const home = 'Продолжено сотрудничество с Омским государственным университетом.';
    const got = placing([
      [trip, [['VISIT', 'inst:', 'city:minsk'], ['VISIT', 'inst:', 'city:gomel']]],
      [home, [['CONTACT', 'city:omsk', 'inst:']]],
    ]);
    expect(got).toEqual({ target: 'city:omsk', quote: home });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../../../import/extract/sentence-mentions.js';
import { partnerRule } from '../../../../import/extract/relations/partner.js';

beforeAll(async () => {
  await loadMorph();
});

/** The rule's PARTNER pairs for one sentence of a report about Omsk, each as "a — b". */
function pairs(text: string): string[] {
  const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
  const ctx = { text, mentions, reportCityId: 'city:omsk', reportYear: 2023, topicCityId: null, countryOf: () => null };
  return partnerRule(ctx).map((d) => `${d.source} — ${d.target}`);
}

describe('partner rule', () => {
  it('dates a partnership by the year it has held since', () => {
    const text = 'Павлодар (Казахстан) — город-партнёр Омска с 2012 года.';
    const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
    const ctx = { text, mentions, reportCityId: 'city:omsk', reportYear: 2023, topicCityId: null, countryOf: () => null };
    expect(partnerRule(ctx).map((d) => d.year)).toEqual([2012]);
  });

  it('reads "партнёрских отношений между городами" as the reporter and the city the text is about', () => {
    const text = 'Визит направлен на развитие партнёрских отношений между городами.';
    const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
    const ctx = { text, mentions, reportCityId: 'city:omsk', reportYear: 2023, topicCityId: 'city:minsk', countryOf: () => null };
    expect(partnerRule(ctx).map((d) => `${d.source} — ${d.target}`)).toEqual(['city:omsk — city:minsk']);
    expect(partnerRule({ ...ctx, topicCityId: null })).toEqual([]);
  });

  /** Pairs of one sentence said after a festival "of the partner cities of `owner`" (event:festival). */
  function afterNetworkEvent(text: string, owner: string): string[] {
    const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
    const ctx = {
      text, mentions, reportCityId: 'city:omsk', reportYear: 2023, topicCityId: null, topicEventId: 'event:festival',
      partnerNetworkOf: (id: string) => (id === 'event:festival' ? owner : null), countryOf: () => null,
    };
    return partnerRule(ctx).map((d) => `${d.source} — ${d.target}`);
  }

  it('makes every city that took part in an event of the partner cities of X, named by a pronoun, a partner of X', () => {
    expect(afterNetworkEvent('В нём приняли участие коллективы из Гомеля, Павлодара и Бреста.', 'city:omsk')).toEqual([
      'city:omsk — city:gomel', 'city:omsk — city:pavlodar', 'city:omsk — city:brest',
    ]);
  });

  it('reads the list of such an event right after its verb', () => {
    expect(afterNetworkEvent('Кроме Омска, в фестивале участвуют Гомель (Беларусь), Павлодар (Казахстан) и Брест.', 'city:harbin')).toEqual([
      'city:harbin — city:gomel', 'city:harbin — city:pavlodar', 'city:harbin — city:brest',
    ]);
  });

  it.each([
    ['В форуме приняли участие города-партнёры Омска: Гомель, Павлодар и Минск.', ['city:omsk — city:gomel', 'city:omsk — city:pavlodar', 'city:omsk — city:minsk']],
    ['Омск поддерживает партнёрские отношения с городом Павлодаром.', ['city:omsk — city:pavlodar']],
    // every item of the list after "отношения с городами", countries in brackets between them
    ['Омск поддерживает дружеские отношения с городами Брест (Беларусь), Павлодар (Казахстан) и Тулой.', ['city:omsk — city:brest', 'city:omsk — city:pavlodar', 'city:omsk — city:tula']],
    ['Выступили коллективы зарубежных городов-побратимов и партнёров, таких как Гомель и Пухов.', ['city:omsk — city:gomel', 'city:omsk — city:puchov']],
    ['Омск принял участие в Фестивале культур городов-партнёров города Харбина.', ['city:omsk — city:harbin']],
    ['Партнёрами являются ещё три города – Тула, Пенза и Брест.', ['city:omsk — city:tula', 'city:omsk — city:penza', 'city:omsk — city:brest']],
    ['Брест — надёжный партнёр для Пензы.', ['city:brest — city:penza']],
    ['Павлодар (Казахстан) — город-партнёр Омска с 2012 года.', ['city:pavlodar — city:omsk']],
    ['Побратимские и партнёрские отношения связывают Омск с городами Брест, Гомель и Вильнюс.', ['city:omsk — city:brest', 'city:omsk — city:gomel', 'city:omsk — city:vilnius']],
    // a list of the cities a city cooperates with, the items' countries between them
    ['Среди городов, с которыми у Омска установлено сотрудничество, такие города, как Тула, Пенза - обе Россия, белорусский город Брест, литовский Вильнюс.', ['city:omsk — city:tula', 'city:omsk — city:penza', 'city:omsk — city:brest', 'city:omsk — city:vilnius']],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Планируется установить партнёрские отношения с городом Гродно.'],
    ['Делегация Гомеля посетила Омск.'],
    ['Омские предприятия нашли новых партнёров на ярмарке в Харбине.'],
    ['Подписано соглашение о сотрудничестве и партнёрстве между городом Тулой и городом Брестом.'],
  ])('no partner in %s', (text) => {
    expect(pairs(text)).toEqual([]);
  });
});

// The text's own city, decided from the whole document (import/extract/main-city.ts via extractText).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../import/extract/extract.js';
import { decideMainCity } from '../../../import/extract/main-city.js';
import type { Mention } from '../../../import/extract/mentions.js';
import type { Entity } from '../../../import/extract/types.js';

const cityOf = async (text: string) => (await extractText(text, { file: 'page.txt' })).report.city;

describe('main city', () => {
  it.each([
    ['the mayor named in the lead', 'Мэр Тамбова встретился с гостями из Китая.\nГости из Харбина осмотрели музеи и парки.'],
    // the officials met, listed after "с", are the other side
    ['the town that "наш город" is, not its guests', 'Новости Тамбова\nНаш город посетила делегация Казани. Гости из Казани осмотрели музеи.'],
    ['the mayor who met the others', 'Мэр Тамбова встретился с главой Липецка и мэром Пензы. Стороны обсудили сотрудничество.'],
    ['the host of a delegation, not its home', 'В Тамбов прибыла делегация из Липецка.\nДелегация из Липецка провела переговоры с администрацией.'],
    ['a city over a foreign partner named as often', 'Тамбов и Харбин подписали соглашение.\nХарбин находится на северо-востоке Китая. Тамбов готовит ответный визит.'],
    ['a dateline', 'Тамбов. 12 мая. НОВОСТИ - Делегация Пензы и делегация Рязани обсудили туристические маршруты.'],
    [
      'not the first town of a route after the time',
      'Тамбов и белорусский Гомель подписали соглашение\n\n12 мая 2024, 10:15 | Липецк — Тамбов\n\nГлава Тамбова и мэр Гомеля подписали соглашение. Тамбов ждёт гостей из Гомеля.',
    ],
    ['the host named after what happened there', 'Фестиваль «Дружба» стартовал в Тамбове сегодня.\nОн собрал участников из Липецка. Липецк привёз хор.'],
    [
      'not where its official is away on a trip',
      'Мэр на этой неделе в командировке в Казани.\nВ Казани прошла встреча с делегацией Харбина, тамбовские предприятия представили продукцию. Тамбов ждёт гостей.',
    ],
    ['the host that meets its guests, in the headline', 'Тамбов встречает гостей из немецкого города Ульма\nДелегацию Ульма возглавил мэр Ульма. Мэр Ульма осмотрел музеи.'],
    ['the visited town opening the sentence after the city word', 'Новости\nГород Тамбов посетила делегация Пензы. Пенза привезла выставку.'],
    // the host that opens the sentence, the way the guests came before the verb
    ['the host before "с визитом посетил"', 'Тамбов с дружеским визитом посетил мэр Липецка.\nГостям показали тамбовские музеи.'],
    // the host after a time that opens the sentence, meeting the participants of what comes to town
    ['the host after a time, meeting participants', 'Автопробег «Липецк – Воронеж» финиширует\nВ понедельник Тамбов встретит участников автопробега «Липецк – Воронеж». Участники проехали триста километров.'],
    // not the town its own people left for, the verb before the town or after it
    [
      'not where its delegation left for',
      'Дни Тамбова в Липецке\nСегодня делегация отправилась в гости к соседям. Первым в Липецк выехал мэр. Тамбовские артисты выступят там, делегация выехала в Липецк автобусом.',
    ],
    // the town whose day is celebrated, over the guests' home named once
    ['the town of the celebrated days', 'ГОСТИ ИЗ ГОМЕЛЯ\nВ честь юбилейных Дней Тамбовского района и города Тамбова муниципалитет посетила делегация из белорусского города-побратима Гомеля.'],
    // an adjective between "из" and the guests' town keeps it their home
    [
      'not the guests\' home after an adjective',
      'Праздник в Тамбове\nНа праздник прибыла делегация из соседнего города-побратима Липецка. Делегация из соседнего Липецка осмотрела музеи, тамбовские школьники встретили гостей из соседнего Липецка.',
    ],
  ])('%s', async (_what, text) => {
    expect(await cityOf(text)).toBe('Тамбов');
  });

  it("weighs a dateline's town less when the text never names it again: a news agency files from its own town", async () => {
    const filed = 'Тамбов и Гомель подписали соглашение о дружбе\n\nМосква. 12 мая. НОВОСТИ - Мэры Гомеля (Беларусь) и Тамбова подписали соглашение. Праздник прошёл на площади Тамбова.';
    expect(await cityOf(filed)).toBe('Тамбов');
    const local = 'Мэры подписали соглашение\n\nМосква. 12 мая. НОВОСТИ - Мэры Москвы и Минска подписали соглашение о дружбе в Минске.';
    expect(await cityOf(local)).toBe('Москва');
    // a town portal's own dateline is its town, however often a guest is named after it
    const portal = 'Тула, 12 мая 2023 года. На праздник прибыли делегации Пензы и Гомеля. Делегация Пензы провела встречу. Пенза стала побратимом в 2015 году.';
    expect(await cityOf(portal)).toBe('Тула');
  });

  it('weighs the town the text calls "our town" as its own', async () => {
    const text = 'Гомель – город-побратим нашего города Ульм. В Гомеле делегация осмотрела музеи, Гомель встретил гостей.';
    expect(await cityOf(text)).toBe('Ульм');
  });

  it('weighs the town a text calls its twin as the other side, whatever its country', async () => {
    const text = 'Делегация Гомеля в городе-побратиме Тамбове\nВ городе-побратиме Тамбове гомельская делегация осмотрела музеи.';
    expect(await cityOf(text)).toBe('Гомель');
  });

  it('weighs a Crimean town, filed under UA, as no foreign partner', async () => {
    const text = 'Джанкой встречает гостей.\nГлава Джанкоя принял делегацию из Тамбова. Джанкой и Тамбов подписали соглашение.';
    expect(await cityOf(text)).toBe('Джанкой');
  });

  it('weighs a town named after "с" as the other side, not the subject', () => {
    const text = 'На связи с Липецком. Тамбов ждёт гостей.';
    const city = (id: string, name: string): Entity => ({ id, kind: 'City', name, country: 'RU' });
    const mention = (id: string, word: string): Mention => ({ kind: 'City', id, start: text.indexOf(word), end: text.indexOf(word) + word.length, via: 'name' });
    const findings = [{ sentence: { text, start: 0, end: text.length }, mentions: [mention('city:lipetsk', 'Липецком'), mention('city:tambov', 'Тамбов')], entities: [city('city:lipetsk', 'Липецк'), city('city:tambov', 'Тамбов')] }];
    expect(decideMainCity(findings, text, null)?.id).toBe('city:tambov');
  });

  it('counts a short form of a hyphenated name for the full name', () => {
    // Made-up towns: `Новоград` alone would be another town, but beside `Новоград-Северный` it is the same one.
    const text = 'Новоград-Северный и Лесной подписали договор. Лесной ждёт гостей. Новоград готовит визит.';
    const city = (id: string, name: string): Entity => ({ id, kind: 'City', name, country: 'RU' });
    const mention = (id: string, start: number, end: number): Mention => ({ kind: 'City', id, start, end, via: 'name' });
    const at = (word: string, from = 0) => text.indexOf(word, from);
    const findings = [
      {
        sentence: { text, start: 0, end: text.length },
        mentions: [
          mention('city:full', 0, 17),
          mention('city:forest', at('Лесной'), at('Лесной') + 6),
          mention('city:short', at('Новоград готовит'), at('Новоград готовит') + 8),
        ],
        entities: [city('city:full', 'Новоград-Северный'), city('city:forest', 'Лесной'), city('city:short', 'Новоград')],
      },
    ];
    expect(decideMainCity(findings, text, null)?.id).toBe('city:full');
  });

  // Made-up towns again: the heading's city wins whenever a mention counts for it, however the others score.
  it.each([
    ['named once beside a city named thrice', [['city:head', undefined], ['city:other', undefined], ['city:other', undefined], ['city:other', undefined]], { id: 'city:head', confidence: 0.97 }],
    ['named only inside an event', [['city:head', 'Event'], ['city:other', undefined]], { id: 'city:other', confidence: 0.82 }],
    ['not named', [['city:other', undefined]], { id: 'city:other', confidence: 0.95 }],
    ['named by its short form', [['city:short', undefined], ['city:other', undefined], ['city:other', undefined]], { id: 'city:head', confidence: 0.97 }],
  ] as const)('a heading city %s', (_what, named, expected) => {
    const text = 'Главоград и Прочеград. '.repeat(named.length);
    const names: Record<string, string> = { 'city:head': 'Главоград-Южный', 'city:short': 'Главоград', 'city:other': 'Прочеград' };
    const mentions: Mention[] = named.map(([id, nestedIn], k) => ({ kind: 'City', id, start: 23 * k, end: 23 * k + 9, via: 'name', nestedIn }));
    const entities: Entity[] = Object.entries(names).map(([id, name]) => ({ id, kind: 'City', name, country: 'RU' }));
    const findings = [{ sentence: { text, start: 0, end: text.length }, mentions, entities }];
    expect(decideMainCity(findings, text, 'city:head')).toEqual(expected);
  });

  it('keeps a report heading city', async () => {
    expect(await cityOf('ТАМБОВ\nОтчёт о международной деятельности за 2023 год\nВ 2023 году Тамбов посетила делегация Пензы. Тамбов развивает связи.')).toBe('Тамбов');
  });
});

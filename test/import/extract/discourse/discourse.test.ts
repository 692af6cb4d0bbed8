import { beforeAll, describe, expect, it } from 'vitest';
import { Discourse } from '../../../../import/extract/discourse/index.js';
import { ListLead } from '../../../../import/extract/discourse/list-lead.js';
import { isPlanned } from '../../../../import/extract/relations/cues.js';
import { pointsBack } from '../../../../import/extract/discourse/recall.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../../../import/extract/sentence-mentions.js';

beforeAll(loadMorph);

/** Runs the stage over sentences of our own and returns each sentence's frame. */
function frames(texts: string[], reportCityId = 'city:tula', reportYear: number | null = null) {
  const discourse = new Discourse(reportCityId, reportYear);
  return texts.map((text) => {
    const sentence = { text, start: 0, end: text.length };
    const { mentions } = mentionsOf(sentence, reportCityId);
    const frame = discourse.frame(sentence, mentions);
    discourse.advance(sentence, mentions);
    return frame;
  });
}

describe('discourse stage', () => {
  it('gives a sentence before any partner is named the partner the lead names first, and only one that names none', () => {
    const discourse = new Discourse('city:tula', 2023, null, 'city:grodno');
    const at = (text: string) => {
      const sentence = { text, start: 0, end: text.length };
      const { mentions } = mentionsOf(sentence, 'city:tula');
      const frame = discourse.frame(sentence, mentions);
      discourse.advance(sentence, mentions);
      return frame.topicCityId;
    };
    expect(at('Города-побратимы отмечают юбилей дружбы')).toBe('city:grodno');
    expect(at('Делегация Минска прибыла в Тулу.')).toBeNull();
    expect(at('Гостям показали музеи.')).toBe('city:minsk');
  });


  it('reads a list item with its lead line, and ends the list at a sentence that is no item', () => {
    const lead = new ListLead();
    const texts = ['В мае подписаны два соглашения:', '- о сотрудничестве между городами A и B;', 'Затем прошёл форум.'];
    const prefixes = texts.map((t) => {
      const p = lead.prefixOf(t);
      lead.advance(t);
      return p;
    });
    expect(prefixes).toEqual(['', 'В мае подписаны два соглашения: ', '']);
  });

  it('reads the items under a heading of plans with it, and the heading makes them plans', () => {
    const lead = new ListLead();
    const texts = ['3. Задачи на 2025 год', '- организация визита делегации в Гомель;', '- подписание соглашения с Брестом.'];
    const read = texts.map((t) => {
      const p = lead.prefixOf(t);
      lead.advance(t);
      return p + t;
    });
    expect(read.slice(1)).toEqual(['3. Задачи на 2025 год: - организация визита делегации в Гомель;', '3. Задачи на 2025 год: - подписание соглашения с Брестом.']);
    expect(read.slice(1).every(isPlanned)).toBe(true);
  });

  it('reads an item that opens with a name after one closed by a semicolon, and no other sentence', () => {
    const lead = new ListLead();
    const texts: Array<[string, boolean]> = [
      ['На праздник прибыли делегации:', false],
      ['города Бреста (Беларусь);', false],
      ['Гомеля.', true],
      ['Затем прошёл концерт.', false],
    ];
    const prefixes = texts.map(([t, name]) => {
      const p = lead.prefixOf(t, name);
      lead.advance(t);
      return p;
    });
    expect(prefixes).toEqual(['', 'На праздник прибыли делегации: ', 'На праздник прибыли делегации: ', '']);
    const other = new ListLead();
    for (const t of ['Прибыли делегации:', 'города Бреста;']) {
      other.prefixOf(t);
      other.advance(t);
    }
    expect(other.prefixOf('Затем прошёл концерт.', false)).toBe('');
  });

  it('keeps the last partner city named as the topic, and a heading sets it', () => {
    const f = frames(['Город Брест (Республика Беларусь)', 'Делегация побывала на заводе.', 'Затем гости из Гомеля осмотрели музей.', 'Встреча прошла тепло.']);
    expect(f.map((x) => x.topicCityId)).toEqual(['city:brest', 'city:brest', 'city:brest', 'city:gomel']);
  });

  it('recalls the cities the sentence before named', () => {
    const f = frames(['Туляки побывали в Бресте и Гродно.', 'С властями этих городов обсудили планы.']);
    expect(f[1]!.recall.cities).toEqual(['city:brest', 'city:grodno']);
  });

  it('recalls that the text is about twinning until a document on something else is named', () => {
    const f = frames([
      'Тула и Брест подписали соглашение об установлении побратимских связей.',
      'Подписание соглашения прошло в мэрии.',
      'Затем подписан договор о поставках зерна.',
      'Ещё одно событие.',
    ]);
    expect(f.map((x) => x.recall.twinning)).toEqual([false, true, true, false]);
  });

  it('recalls delegations of twin cities that were not named', () => {
    const f = frames(['Мэр принял делегации городов-побратимов Тулы.', 'На приёме были гости из Бреста.', 'Потом был концерт.']);
    expect(f.map((x) => x.recall.unnamedTwins)).toEqual([false, true, false]);
  });

  it('recalls delegations of twin cities written in capitals, and none after a sentence without a twin word', () => {
    const f = frames(['МЭР ПРИНЯЛ ДЕЛЕГАЦИИ ГОРОДОВ-ПОБРАТИМОВ ТУЛЫ.', 'На приёме были гости из Бреста.', 'Мэр принял делегации городов области.', 'На приёме были гости из Гродно.']);
    expect(f.map((x) => x.recall.unnamedTwins)).toEqual([false, true, false, false]);
  });

  it('recalls twin cities spoken of as a group, not when they are among other guests', () => {
    const f = frames(['Тула имеет много побратимов в Европе.', 'В их числе Брест.', 'Мэр встретился с делегациями городов-побратимов, городов области и районов.', 'Ещё.']);
    expect(f.map((x) => x.recall.unnamedTwins)).toEqual([false, true, false, false]);
  });

  it('recalls twin cities counted but not named, of one kind or of two', () => {
    const f = frames(['Тула является побратимом для 12 российских и зарубежных городов.', 'Среди них Брест.', 'Тула является побратимом для 12 городов и партнёром для многих регионов.', 'Ещё.']);
    expect(f.map((x) => x.recall.unnamedTwins)).toEqual([false, true, false, false]);
  });

  it('recalls twin ties with a counted group of towns', () => {
    const f = frames(['Тула поддерживает побратимские отношения с 12 городами мира.', 'Среди них Брест.', 'Тула поддерживает побратимские связи с Брестом.', 'Ещё.']);
    expect(f.map((x) => x.recall.unnamedTwins)).toEqual([false, true, false, false]);
  });

  it('recalls twin ties with towns of a kind, the sentence ending on them', () => {
    const f = frames(['Тула установила побратимские связи только с азиатскими городами.', 'Ещё.', 'Тула установила побратимские связи с городами Беларуси.', 'Ещё.']);
    expect(f.map((x) => x.recall.unnamedTwins)).toEqual([false, true, false, false]);
  });

  it('recalls the other twins after one named as one of several', () => {
    const f = frames(['Брест стал девятым побратимом Тулы.', 'Ещё.', 'Гродно — одна из побратимов Тулы.', 'Ещё.', 'Брест стал побратимом Тулы.', 'Ещё.']);
    expect(f.map((x) => x.recall.unnamedTwins)).toEqual([false, true, false, true, false, false]);
  });

  it('gives "Тогда …" the year of the sentence before, and leaves other sentences to the report year', () => {
    const f = frames(['В марте 2019 года мэр Тулы побывал в Бресте.', 'Тогда города подписали меморандум.', 'Затем прошёл фестиваль.']);
    expect(f.map((x) => x.yearReferredTo)).toEqual([null, 2019, null]);
  });

  it('gives "Тогда …" after "в прошлом году" the year before the text\'s own, not an earlier stated year', () => {
    const texts = ['Визит в Брест намечен на 2026 год.', 'Ответный визит мэра Бреста в Тулу состоялся в прошлом году.', 'Тогда города подписали меморандум.'];
    expect(frames(texts, 'city:tula', 2024).map((x) => x.yearReferredTo)).toEqual([null, null, 2023]);
    // with no year of its own the text cannot count back, and a plan's "на 2026 год" dates nothing that happened
    expect(frames(texts, 'city:tula', null).map((x) => x.yearReferredTo)).toEqual([null, null, null]);
    expect(frames(['Визит в Брест состоялся в 2022 году.', 'Тогда города подписали меморандум.'], 'city:tula', null).map((x) => x.yearReferredTo)).toEqual([null, 2022]);
  });

  it.each([
    ['Такие соглашения подписаны с тремя городами.', 'соглашения', true],
    ['Договор был подписан в ходе визита.', 'Договор', true],
    ['Подписано соглашение о сотрудничестве в сфере спорта.', 'соглашение', false],
    ['Меморандум об установлении дружеских связей подписан.', 'Меморандум', false],
    // a subject in the genitive
    ['Стороны подписали дорожную карту сотрудничества на три года.', 'дорожную карту', false],
    ['Подписан протокол намерений.', 'протокол', false],
  ])('tells a document word that points back: %s', (text, word, expected) => {
    expect(pointsBack(text, text.indexOf(word), word)).toBe(expected);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { findPlaces } from '../../../../import/extract/finders/places.js';

beforeAll(loadMorph);

const towns = (text: string) => findPlaces(text).entities.filter((e) => e.kind === 'City').map((e) => `${e.name}:${e.country}`);

describe('a town named by its municipality', () => {
  it.each([
    // a small town the hand gazetteer lacks
    ['глава Кингисеппского городского поселения подписал договор', ['Кингисепп:RU']],
    ['делегация Валдайского городского поселения прибыла в Тверь', ['Валдай:RU', 'Тверь:RU']],
    // two-word towns from compound adjectives, in each gender and the plural
    ['соглашение с администрацией Старорусского городского поселения', ['Старая Русса:RU']],
    ['делегация Верхнесалдинского городского округа', ['Верхняя Салда:RU']],
    ['между Великолукским городским округом и городом Псковом', ['Великие Луки:RU', 'Псков:RU']],
    // stems that change: -ов dropped, -ки added, the town named by the adjective itself
    ['глава Новозыбковского городского округа', ['Новозыбков:RU']],
    ['с Чайковским городским округом', ['Чайковский:RU']],
    ['гости из Валуйского городского округа', ['Валуйки:RU']],
    // a vowel that comes and goes before the stem's last consonant (Вязьма, вяземский)
    ['делегация Вяземского округа посетила Бобруйск', ['Вязьма:RU', 'Бобруйск:BY']],
    // a Russian town before a larger foreign one of the same sound
    ['делегация Гурьевского городского округа', ['Гурьевск:RU']],
    // the word "городской" left out
    ['соглашение с Кингисеппским округом', ['Кингисепп:RU']],
    ['глава Валдайского поселения', ['Валдай:RU']],
    // of two spellings GeoNames records for one town, the -о one
    ['делегация Кстовского городского округа', ['Кстово:RU']],
    // a town, not a larger part of a city of the same adjective (GeoNames' sections of Moscow, Раменки)
    ['глава Раменского городского округа приехал', ['Раменское:RU']],
    // a district turned "муниципальный округ" around its town
    ['делегация Саткинского муниципального округа', ['Сатка:RU']],
    ['соглашение с Гвардейским муниципальным округом', ['Гвардейск:RU']],
    // a town of an adjective and a noun, joined by -о- in the compound: a -ский adjective or a short possessive one
    ['делегация Павлово-Посадского городского округа', ['Павловский Посад:RU']],
    ['глава Сергиево-Посадского городского округа', ['Сергиев Посад:RU']],
    ['соглашение с Советско-Гаванским городским поселением', ['Советская Гавань:RU']],
    // the town's ц before the adjective's к; -ов- of the adjective for the town's -и
    ['делегация Городецкого округа прибыла', ['Городец:RU']],
    ['глава Рамешковского округа приехал', ['Рамешки:RU']],
    // a town in -ск the adjective keeps whole, before a larger town once named without -ск (Чкалов, now Оренбург)
    ['в администрации Чкаловского округа', ['Чкаловск:RU']],
  ])('%s', (text, expected) => {
    expect(towns(text)).toEqual(expected);
  });

  it('covers the municipality\'s words, not only the adjective', () => {
    const text = 'делегация Кингисеппского городского поселения прибыла';
    const m = findPlaces(text).mentions.find((x) => x.kind === 'City')!;
    expect(text.slice(m.start, m.end)).toBe('Кингисеппского городского поселения');
  });

  it('leaves a large town\'s okrug, "городской" left out, to the town\'s adjective: the district around it', () => {
    const text = 'Делегация посетила Псковский округ.';
    expect(findPlaces(text).mentions.map((m) => [m.id, text.slice(m.start, m.end), m.via])).toEqual([['city:pskov', 'Псковский', 'adjective']]);
  });

  it('reads no town in an okrug of a city', () => {
    expect(towns('глава Ломоносовского округа Архангельска')).toEqual(['Архангельск:RU']);
    expect(towns('глава Ломоносовского муниципального округа Архангельска')).not.toContain('Ломоносов:RU');
    expect(towns('делегация Тверского муниципального округа Москвы')).not.toContain('Тверь:RU');
  });

  it('leaves a large town\'s "муниципальный округ" to the district around it', () => {
    expect(towns('делегация Вологодского муниципального округа')).not.toContain('Вологда:RU');
    expect(towns('соглашение с Омским муниципальным округом')).not.toContain('Омск:RU');
  });

  it("reads a town of any country from its municipality's word: муниципалитет, самоуправление", () => {
    expect(towns('делегация Алитусского муниципалитета прибыла в Псков')).toEqual(['Алитус:LT', 'Псков:RU']);
    expect(towns('гости из Мариямпольского самоуправления')).toEqual(['Мариямполе:LT']);
    // the words "городское", "районное" between; a town the hand gazetteer holds by its own name
    expect(towns('делегация Вильнюсского городского самоуправления')).toEqual(['Вильнюс:LT']);
    expect(towns('меморандум с Тбилисским муниципалитетом')).toEqual(['Тбилиси:GE']);
    // a district's or a city part's adjective names no town abroad (not Soweto, not Leninsk)
    expect(towns('делегация Советского муниципалитета')).toEqual([]);
    // a district's own self-government is no town's
    expect(towns('делегация Вильнюсского районного самоуправления')).not.toContain('Вильнюс:LT');
    expect(towns('делегация Ленинского муниципалитета')).toEqual([]);
  });

  it("reads no large town in a village's municipality named by its adjective", () => {
    expect(towns('глава Тульского сельского поселения')).toEqual([]);
    expect(towns('главы Ивановского, Тульского и Орловского сельских поселений')).toEqual([]);
    expect(towns('делегация Тульского поселкового совета')).toEqual([]);
    expect(towns('делегация тульского сельсовета')).toEqual([]);
    expect(towns('делегация побывала в Курском сельском поселении')).toEqual([]);
    // an agricultural academy, rural librarians: the town's adjective still
    expect(towns('делегация Курской сельскохозяйственной академии')).toEqual(['Курск:RU']);
    expect(towns('тульские сельские библиотекари')).toEqual(['Тула:RU']);
  });

  it('reads no town where the world list has none by that name', () => {
    expect(towns('глава Заречнобродского городского поселения')).toEqual([]);
    expect(towns('глава Лесново-Полянского городского поселения')).toEqual([]);
  });
});

describe('a town named by its municipality\'s word', () => {
  it.each([
    ['делегация финской коммуны Инари прибыла', 'Инари:FI'],
    ['соглашение с норвежской коммуной Сёр-Варангер', 'Сёр-Варангер'],
  ])('%s', (text, expected) => {
    expect(towns(text).map((t) => (expected.includes(':') ? t : t.split(':')[0]))).toContain(expected);
  });

  it('reads no town after a plural: a union of gminas, an association of communes', () => {
    expect(towns('Делегация Союза гмин Подкарпатья посетила Омск.')).toEqual(['Омск:RU']);
    expect(towns('Делегация Ассоциации коммун Лапландии посетила Омск.')).toEqual(['Омск:RU']);
  });
});

describe('a municipal okrug written without "муниципальный"', () => {
  it('is a district of its own name when no town of the world list stands behind its adjective', () => {
    expect(towns('Соглашение подписали Омский район и Кряжевский округ Тверской области.')).toContain('Кряжевский округ:RU');
  });

  it('is no district when the adjective is a federal okrug\'s or "городской"', () => {
    expect(towns('Представители Северо-Кавказского округа и Городского округа прибыли.')).toEqual([]);
  });
});

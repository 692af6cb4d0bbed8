import { describe, expect, it } from 'vitest';
import { dateOf, monthOf, yearsBack, yearsIn } from '../../../import/extract/dates.js';

describe('dates', () => {
  it.each([
    ['января', 1], ['Февраль', 2], ['марте', 3], ['апреля', 4], ['мае', 5], ['мая', 5], ['июне', 6],
    ['июля', 7], ['августе', 8], ['сентябре', 9], ['октября', 10], ['ноябре', 11], ['декабря', 12], ['маяк', null],
  ])('month of %s is %s', (word, month) => {
    expect(monthOf(word)).toBe(month);
  });

  it.each([
    ['В апреле 2023 года делегация прибыла', { year: 2023, month: 4 }],
    ['28 ноября 2016 года подписан договор', { year: 2016, month: 11 }],
    ['В августе-декабре прошёл конкурс', { year: 2020, month: 8 }],
    ['Визит состоялся (февраль, город Минск)', { year: 2020, month: 2 }],
    ['выставку посетило более 2000 горожан', { year: 2020, month: null }],
    ['празднование 300-летия города', { year: 2020, month: null }],
    ['соглашений, действующих по состоянию на 01.01.2025 г.', { year: 2020, month: null }],
    // years counted from the text's own
    ['В прошлом году делегация прибыла', { year: 2019, month: null }],
    ['В позапрошлом году делегация прибыла', { year: 2018, month: null }],
    ['В следующем году планируется визит', { year: 2021, month: null }],
    // how long a tie has held does not date what the sentence tells
    ['В Тулу прибыли гости из Бреста, города-побратима Тулы с 1997 года, и осмотрели', { year: 2020, month: null }],
    ['Делегация Гомеля, партнёра Тулы (Беларусь) с 2004 года, посетила', { year: 2020, month: null }],
    ['С 2004 года делегация посещает', { year: 2004, month: null }],
    ['В Тулу прибыли гости из Бреста, с которым Тула связана дружескими отношениями с 1996 года', { year: 2020, month: null }],
  ])('%s', (text, expected) => {
    expect(dateOf(text, text.length, 2020)).toEqual(expected);
  });

  it.each([
    ['В мае исполнилось 10 лет со дня подписания соглашения', 2010],
    ['Договор был подписан 15 лет назад', 2005],
    ['Прошло 5 лет с момента заключения меморандума', 2015],
    // the act's own year named after it wins
    ['10 лет назад, в 2012 году, подписано соглашение', 2020],
    ['Соглашение действует уже 3 года', 2020],
    // the count in words, and a year alone
    ['Города стали побратимами два года назад', 2018],
    ['Меморандум подписан год назад', 2019],
    ['Это было много лет назад', 2020],
  ])('dates an act by how long ago it was: %s', (text, year) => {
    expect(yearsBack(text, 2020)).toBe(year);
  });

  it('gives no year for a timeless statement', () => {
    expect(dateOf('Омск и Гомель — города-побратимы', 0, null)).toEqual({ year: null, month: null });
  });

  it("takes a later year inside a name in quotes for a horizon, not a date, and an event's own year for one", () => {
    expect(dateOf('Соглашение подписали на форуме «Города России 2030».', 0, 2022).year).toBe(2022);
    expect(dateOf('Омск принял участие в выставке «Флора-2021».', 0, 2021).year).toBe(2021);
    expect(dateOf('Соглашение подписали в 2030 году.', 0, 2022).year).toBe(2030);
  });

  it("takes the year of the anchor's own clause over an earlier clause's", () => {
    const text = 'Связи между Тулой и Брестом завязались в 1983 году, договор о дружбе подписан в 1987 году.';
    expect(dateOf(text, text.indexOf('договор'), 2023).year).toBe(1987);
    // with no year in its own clause, the nearest before it
    const earlier = 'Связи завязались в 1983 году, договор о дружбе подписан позже.';
    expect(dateOf(earlier, earlier.indexOf('договор'), 2023).year).toBe(1983);
    // a year in the same clause before the anchor stays
    const same = 'В 1983 году подписан договор о дружбе, продлённый в 1987 году.';
    expect(dateOf(same, same.indexOf('договор'), 2023).year).toBe(1983);
  });

  it('reads only years that are years', () => {
    expect(yearsIn('В 2021 году и в 2022 г. приняли 1500 гостей, из них 2000 человек').map((y) => y.year)).toEqual([2021, 2022]);
  });

  it('reads the years of the Soviet twinning movement too, in histories of a tie', () => {
    expect(yearsIn('Договор о побратимстве подписан в 1962 году, связи окрепли в 1978 г.').map((y) => y.year)).toEqual([1962, 1978]);
    expect(yearsIn('В 1956 году прибыло 1955 участников').map((y) => y.year)).toEqual([1956]);
    // after a day and a month's genitive a year needs no "года"
    expect(yearsIn('12 мая 1975 делегация Тулы прибыла в Омск').map((y) => y.year)).toEqual([1975]);
    // a counted noun after the number: a count, not a year
    expect(yearsIn('9 мая 2000 омичей прошли в колонне').map((y) => y.year)).toEqual([]);
    // a year of the war dates a tie only as "в 1944 году"
    expect(yearsIn('Сталинград и Ковентри установили связи в 1944 году.').map((y) => y.year)).toEqual([1944]);
    expect(yearsIn('В год 80-летия Победы 1945 года делегация Тулы прибыла в Брест.').map((y) => y.year)).toEqual([]);
    // a town's war date is no tie's
    expect(yearsIn('В Минске, освобождённом в 1944 году, мэры подписали соглашение.').map((y) => y.year)).toEqual([]);
    expect(yearsIn('12 июня 2000 гостей посетили праздник').map((y) => y.year)).toEqual([]);
  });
});

// The date a web page carries (import/extract/dateline.ts) and the report year it gives.
import { describe, expect, it } from 'vitest';
import { pageDate } from '../../../import/extract/dateline.js';
import { detectReportMeta } from '../../../import/extract/report-meta.js';

describe('page date', () => {
  it.each([
    ['Новости\n14.02.2011 09:15 | Тамбов\nДелегация прибыла в город.', 2011, 2, 'dateline'],
    [' date 2019-03-07 Делегация прибыла в город.', 2019, 3, 'dateline'],
    ['2012-4-9 10:00 |\nДелегация прибыла в город.', 2012, 4, 'dateline'],
    ['Новости\n3-09-2013, 11:20. Разместил: admin\nДелегация прибыла в город.', 2013, 9, 'dateline'],
    ['Делегация прибыла в город.\nИсточник: https://example.ru/news/2017-10-02/delegaciya', 2017, 10, 'address'],
    ['Глава города принял гостей. Встреча прошла 5 апреля 2016 года в мэрии.', 2016, 4, 'full-date'],
  ])('%j', (text, year, month, from) => {
    expect(pageDate(text)).toEqual({ year, month, from });
  });

  it('takes no date older than the town sites for the page\'s', () => {
    expect(pageDate('Делегация поздравила жителей с Днём республики: 3 июля 1991 года был принят закон о её образовании.')).toBeNull();
    expect(pageDate('Делегация поздравила жителей: 3 июля 1991 года был принят закон. Встреча прошла 5 апреля 2016 года.')).toEqual({ year: 2016, month: 4, from: 'full-date' });
  });

  it('reads a full date only where its day stands apart, not the end of a longer number or word', () => {
    expect(pageDate('Номер 112 мая 2023 года стоит на бланке. Встреча прошла 5 апреля 2024 года.')).toEqual({ year: 2024, month: 4, from: 'full-date' });
    expect(pageDate('Код А12 мая 2023 года. Встреча прошла 5 апреля 2024 года.')).toEqual({ year: 2024, month: 4, from: 'full-date' });
  });

  it("reads a dashed date only before its time, not a document's number", () => {
    expect(pageDate('Постановление № 3-11-2019 об утверждении программы\nДелегация прибыла в город.')).toBeNull();
  });

  it("ignores a site's clock", () => {
    expect(pageDate('Вторник, 3 марта 2020\nВ июле 2009 года делегация посетила город.')).toBeNull();
  });

  it("ignores a document's date and number, and the date of a count", () => {
    expect(pageDate('Отдел работал по плану, утверждённому постановлением от 15.12.2020 № 77.\nСостоялся визит в Брест.')).toBeNull();
    expect(pageDate('Решение от 3 марта 2020 г. № 12\nО побратимстве.')).toBeNull();
    expect(pageDate('По состоянию на 01.01.2021 действуют 9 соглашений.')).toBeNull();
    expect(pageDate('Новость от 14.03.2019\nСостоялся визит в Брест.')).toEqual({ year: 2019, month: 3, from: 'dateline' });
  });

  it('dates a page by its dateline, not by history it recalls', () => {
    expect(detectReportMeta('03.09.2018 12:00\nГородам исполнилось 20 лет дружбы: соглашение подписано в 1998 году.').year).toBe(2018);
    expect(detectReportMeta('Дружба городов началась ещё в 1998 году.').year).toBeNull();
    // a date of history older than any web page is not the page's, though it is the text's first full date
    expect(pageDate('«Этот день, 17 сентября 1943 года, мы помним». Делегации прибыли 12 сентября 2023 года.')).toEqual({ year: 2023, month: 9, from: 'full-date' });
  });
});

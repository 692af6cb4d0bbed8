import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../import/extract/lexicon/morph.js';
import { normalise } from '../../../import/extract/normalise.js';
import { cityNameNominative, detectReportMeta } from '../../../import/extract/report-meta.js';

beforeAll(loadMorph);

const reports = join(import.meta.dirname, '..', '..', '..', 'data', 'reports');

const body = 'В течение года делегация города посетила Гомель. Подписано соглашение о сотрудничестве.';

describe('detectReportMeta: city', () => {
  it.each([
    ['an all-caps heading', `ОМСК\n\nМеждународная деятельность\n\n${body}`, 'Омск'],
    ['a markdown heading', `## Томск\n\n${body}`, 'Томск'],
    ['a heading in Latin look-alikes, normalised', normalise(`OMCK\n\n${body}`), 'Омск'],
    ['a hyphenated heading', `УЛАН-УДЭ\n\n${body}`, 'Улан-Удэ'],
    ['a two-word heading', `НИЖНИЙ НОВГОРОД\n\n${body}`, 'Нижний Новгород'],
    ['"Город X" heading', `Город Томск\n\n${body}`, 'Томск'],
    ['"г. X" heading', `г. Новосибирск\n\n${body}`, 'Новосибирск'],
    // a line of common words in capitals is no town's name
    ['words of the language in capitals', `РЕШЕНИЕ\nВОСЬМОГО СОЗЫВА\n${body}`, null],
    // a headline about guests from a town names where they came from, not the page's town
    ['guests from a town in capitals', `ГОСТИ ИЗ БРЕСТА\n\nГОСТИ ИЗ БРЕСТА\n\nВ честь Дня города Пензу посетила делегация белорусского города-побратима. Пензенцы встретили гостей.`, 'Пенза'],
    ['heading words are not cities', `ВВЕДЕНИЕ\n\nМЕЖДУНАРОДНАЯ ДЕЯТЕЛЬНОСТЬ\n\nАдминистрация города Омска сообщает.\n${body}`, 'Омск'],
    ['Администрация города X', `Отчёт о работе\nАдминистрация города Новосибирска\n${body}`, 'Новосибирск'],
    ['Мэрия города Перми', `Отчёт о работе\nМэрия города Перми за 2022 год\n${body}`, 'Пермь'],
    ['Администрация г. Тюмени', `Отчёт\nАдминистрация г. Тюмени\n${body}`, 'Тюмень'],
    ['Глава города Казани', `Доклад\nГлава города Казани\n${body}`, 'Казань'],
    ['Администрации города Уфы', `Доклад Администрации города Уфы\n${body}`, 'Уфа'],
    ['"города X" only', `Итоги года\nВ течение года в жизни города Читы произошло многое.\n${body}`, 'Чита'],
    ['МО «Город X»', `Итоги года\nМуниципальное образование «Город Томск» сообщает.\n${body}`, 'Томск'],
    ['an indeclinable name', `Отчёт\nАдминистрация города Улан-Удэ\n${body}`, 'Улан-Удэ'],
    ['a city later in the text, most frequent', `${'Вступление без названий.\n'.repeat(20)}Администрация города Иркутска провела встречу. Администрация города Иркутска и города Ангарска.`, 'Иркутск'],
    ['no city', `Вступление.\n${body}`, null],
    [
      'a bare city line below the first paragraph heads a section, not the page',
      'Партнёры нашего города\n\nАдминистрация города Липецка поддерживает связи с городами трёх стран и пяти регионов России.\n\nКоломна\nКоломна является городом-партнёром с 2012 года. Коломна и Липецк обмениваются делегациями.',
      'Липецк',
    ],
  ])('%s', (_name, text, city) => {
    expect(detectReportMeta(text).city).toBe(city);
  });

  it.each([
    ['Омска', 'Омск'],
    ['Томска', 'Томск'],
    ['Новосибирска', 'Новосибирск'],
    ['Перми', 'Пермь'],
    ['Тюмени', 'Тюмень'],
    ['Казани', 'Казань'],
    ['Уфы', 'Уфа'],
    ['Читы', 'Чита'],
    ['Калуги', 'Калуга'],
    ['Ярославля', 'Ярославль'],
    ['Улан-Удэ', 'Улан-Удэ'],
    ['Ханты-Мансийска', 'Ханты-Мансийск'],
    ['Нижнего Новгорода', 'Нижний Новгород'],
    ['Великого Новгорода', 'Великий Новгород'],
    ['Ростова-на-Дону', 'Ростов-на-Дону'],
    ['Петропавловска-Камчатского', 'Петропавловск-Камчатский'],
    ['Кемерова', 'Кемерово'],
    ['Сочи', 'Сочи'],
    ['ОМСК', 'Омск'],
    ['Омск', 'Омск'],
    // Names the gazetteer lacks: the morphology's nominative.
    ['Урюпинска', 'Урюпинск'],
    ['Старого Оскола', 'Старый Оскол'],
  ])('cityNameNominative(%s) = %s', (genitive, nominative) => {
    expect(cityNameNominative(genitive)).toBe(nominative);
  });
});

describe('detectReportMeta: year', () => {
  it.each([
    [
      'the questionnaire phrase beats plans for the next year',
      'Что наиболее значительное удалось сделать в 2021 году?\nВ 2022 году планируется открыть центр.\nКакие задачи стоят в 2022 году?\nВ 2022 году будет подписано соглашение.',
      2021,
    ],
    ['the reporting year', 'В отчётном 2016 году проведено 5 миссий. В 2015 году было 3. В 2015 году прошел форум.', 2016],
    ['за NNNN год', 'Отчёт за 2024 год.\nВ 2023 году подписано соглашение.\nВ 2023 году прошел форум.', 2024],
    ['в течение NNNN года', 'В течение 2021 года прошло 12 встреч. В 2020 году встреч не было.', 2021],
    ['по итогам NNNN года', 'По итогам 2019 года подписано 4 протокола. В 2018 году был один.', 2019],
    ['plans score nothing', 'ТОМСК\nНа 2017 год запланировано 5 миссий.\nКакие задачи стоят в 2017 году?\nВ 2016 году прошло 4 миссии.', 2016],
    ['the most frequent "в NNNN году"', 'ТОМСК\nВ 2019 году прошел форум. В 2019 году подписан договор. В 2018 году был визит.', 2019],
    ['month and year', 'ТОМСК\nВ мае 2022 года прошел визит. В июне 2022 года прошла выставка. Памятник открыт в 1999 году.', 2022],
    ['dates do not count', 'ТОМСК\nДействуют 14 соглашений по состоянию на 01.01.2025 г. В 2024 году подписано одно.', 2024],
    ['years out of range do not count', 'Война 1812 года. Планы до 2150 года.', null],
    ['no year', 'Администрация города Омска продолжила работу.', null],
    // a page without a dateline: a jubilee in the present tense dates it; a year of the past does not
    ['a jubilee this year', 'Дружба городов\nВ 2024 году исполняется 20 лет побратимству. В 2004 году подписан договор.', 2024],
    ['a past year on a page', 'Дружба городов\nВ 2004 году подписан договор о побратимстве.', null],
    // a page whose headline states the year it covers, or opens with it
    ['a headline year', 'Внешние связи города Тулы в 2022 году\nВ мае делегация Тулы посетила Брест.', 2022],
    ['an opening year', 'В 2022 году Тула продолжила сотрудничество с побратимами.\nВ мае делегация посетила Брест.', 2022],
    ['not a headline plan', 'В 2026 году планируется визит в Брест\nВ мае делегация посетила Брест.', null],
    // a section title first, then the opening sentence; a period heading
    ['an opening year after a title', 'Раздел 4. Внешние связи\nВ 2021 году Тула продолжила работу с побратимами.\nВ мае делегация посетила Брест.', 2021],
    ['an opening year after numbered titles', '3. Внешние связи\n3.1. Общие сведения\nВ 2021 году Тула продолжила работу с побратимами.\nВ мае делегация посетила Брест.', 2021],
    ['a dated heading over a later plan', 'ТУЛА\nТула, 22 октября 2024 года\nВ 2025 году запланирована летняя школа. Летом 2025 года пройдёт форум, итоги 2025 года подведут позже.', 2024],
    ['an opening month and year after a headline', 'Тула. Поездка делегации в Беларусь\nВ сентябре 2023 года делегация Тулы посетила Брест.\nГости осмотрели завод.', 2023],
    ['a quarter heading', 'Хроника внешних связей Тулы\nII квартал 2022 года\n5 мая. Делегация посетила Брест.', 2022],
    ['a place and a year alone on a line', 'Визит в Брест\nТула, 2022 г.\nДелегация Тулы посетила Брест.', 2022],
    // an interview that keeps naming its year, and one that names two years as often
    ['a year named again and again', 'ТУЛА И ПАРТНЁРЫ\nКак прошёл 2021-й? Рассказывает начальник отдела.\n— В 2021-м мы провели два телемоста.\n— А в 2021 году пришли книги из Бреста; с Брестом мы дружим с 2005 года.', 2021],
    ['two years as often', 'ТУЛА И ПАРТНЁРЫ\nКак прошёл 2021-й? Рассказывает начальник отдела.\n— В 2021-м мы провели телемост.\n— В 2020-м и в 2020 году были визиты.', null],
  ])('%s', (_name, text, year) => {
    expect(detectReportMeta(text).year).toBe(year);
  });
});

describe('detectReportMeta: title', () => {
  it.each([
    ['the heading after the city', 'ОМСК\n\nМеждународная деятельность муниципалитета.\n\nВ 2023 году…', 'Международная деятельность муниципалитета'],
    ['a title before the city', 'Отчёт о международной деятельности за 2022 год\nТомск\nВ 2022 году…', 'Отчёт о международной деятельности за 2022 год'],
    ['not the administration line', 'Администрация города Новосибирска\nОтчёт о работе за 2022 год\nТекст.', 'Отчёт о работе за 2022 год'],
    ['not a question', 'ОМСК\nЧто наиболее значительное удалось сделать в 2025 году?\nМногое.', null],
    ['not a list item or a sentence', 'ОМСК\n- первое направление;\nОрганизационная работа строится по следующим направлениям, указанным в плане работы на год и утверждённым Мэром.', null],
  ])('%s', (_name, text, title) => {
    expect(detectReportMeta(text).title).toBe(title);
  });
});

describe('detectReportMeta: the seed reports', () => {
  it.each([
    ['omsk-2016', 'Омск', 2016],
    ['omsk-2021', 'Омск', 2021],
    ['omsk-2023', 'Омск', 2023],
    ['omsk-2025', 'Омск', 2025],
    ['tomsk-2024', 'Томск', 2024],
  ])('%s → %s, %i', (name, city, year) => {
    const raw = readFileSync(join(reports, `${name}.txt`), 'utf8');
    expect(detectReportMeta(normalise(raw))).toMatchObject({ city, year });
    expect(detectReportMeta(raw)).toMatchObject({ city, year }); // raw text works too
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../import/extract/normalise.js';

const reports = join(import.meta.dirname, '..', '..', '..', 'data', 'reports');
const seed = (name: string): string => readFileSync(join(reports, `${name}.txt`), 'utf8');

/** A paragraph hard-wrapped at `width` with an empty line after every line, as the PDF conversions do. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${l}\n\n`).join('');
}

describe('normalise: scripts', () => {
  it.each([
    ['Latin word of look-alikes alone on a line', 'OMCK', 'ОМСК'],
    ['Latin letter in a Cyrillic word', 'Mинск', 'Минск'],
    ['Latin letters in a Cyrillic word', 'Город ТOMСK', 'Город ТОМСК'],
    ['look-alikes only: the neighbours decide', 'Made in TOMCK city; город TOMCK', 'Made in TOMCK city; город ТОМСК'],
    ['Latin preposition in Russian text', 'B 2023 году', 'В 2023 году'],
    ['Cyrillic look-alike in a Latin word', 'IТ-технологии', 'IT-технологии'],
    ['Cyrillic code with digits is Latin', 'в формате В2В между', 'в формате B2B между'],
    ['another code', 'модель В2С', 'модель B2C'],
    ['Latin code stays', 'в формате B2B', 'в формате B2B'],
    ['1С is a Cyrillic brand', 'программа 1С:Бухгалтерия', 'программа 1С:Бухгалтерия'],
    ['Roman numerals stay Latin', 'XIII выставка, XX век, IV Форум', 'XIII выставка, XX век, IV Форум'],
    ['real Latin words stay', 'платформы Zoom и сервиса Skype', 'платформы Zoom и сервиса Skype'],
    ['Latin phrase keeps its look-alike words', 'проект «Made in Omsk a city» стартовал', 'проект «Made in Omsk a city» стартовал'],
    ['Cyrillic words untouched', 'ООО «Ромашка»', 'ООО «Ромашка»'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('normalise: characters', () => {
  it.each([
    ['ѐ → ё', 'своѐ мастерство', 'своё мастерство'],
    ['Ѐ → Ё', 'Ѐлочные игрушки', 'Ёлочные игрушки'],
    ['soft hyphen removed', 'со\u00adтрудни\u00adчество', 'сотрудничество'],
    ['zero-width space removed', 'Омск\u200b и Томск', 'Омск и Томск'],
    ['BOM removed', '\ufeffОмск', 'Омск'],
    ['NBSP → space', 'г.\u00a0Омск', 'г. Омск'],
    ['thin and narrow spaces → space', '6\u2009000 и 7\u202f000', '6 000 и 7 000'],
    ['tab → space', 'Омск\tТомск', 'Омск Томск'],
    ['runs of spaces collapse', 'заключено  14   соглашений', 'заключено 14 соглашений'],
    ['en dash kept', 'Павлодар – Омск, 1941–1945', 'Павлодар – Омск, 1941–1945'],
    ['em dash kept', 'Омск — город', 'Омск — город'],
    ['hyphen U+2010 → -', 'город\u2010побратим', 'город-побратим'],
    ['non-breaking hyphen → -', 'Улан\u2011Удэ', 'Улан-Удэ'],
    ['minus → -', 'температура \u221230', 'температура -30'],
    ['horizontal bar → —', 'Омск \u2015 город', 'Омск — город'],
    ['quotes kept', '«Омская марка» и „Томск“', '«Омская марка» и „Томск“'],
    ['CRLF', 'Первый абзац.\r\n\r\nВторой абзац.', 'Первый абзац.\nВторой абзац.'],
    ['control characters removed', 'Омск\u0007 и Томск', 'Омск и Томск'],
    ['trimmed', '   Омск   ', 'Омск'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('normalise: O for zero in numbers', () => {
  it.each([
    ['thousands group of Cyrillic О', 'около 6 ООО работ', 'около 6 000 работ'],
    ['thousands group of Latin O', 'около 6 OOO работ', 'около 6 000 работ'],
    ['two groups', '1 ООО ООО рублей', '1 000 000 рублей'],
    ['O inside a number', 'в 1О часов', 'в 10 часов'],
    ['O inside a year', 'в 2О23 году', 'в 2023 году'],
    ['lower-case о between digits', 'в 2о23 году', 'в 2023 году'],
    ['O in an ordinal', '5О-летие', '50-летие'],
    ['not the company form', 'подписано 2 ООО «Ромашка» и ООО «Лютик»', 'подписано 2 ООО «Ромашка» и ООО «Лютик»'],
    ['not ООО alone', 'ООО «Титан» и АО «ОДК»', 'ООО «Титан» и АО «ОДК»'],
    ['not in words', 'ОООМ, ОМСКО, ОО', 'ОООМ, ОМСКО, ОО'],
    ['not a number that starts with a letter', 'кабинет О5', 'кабинет O5'], // a Latin code, see scripts
    ['not the preposition о', 'о 5 делегациях', 'о 5 делегациях'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('normalise: words hyphenated across lines', () => {
  it.each([
    ['soft hyphenation rejoined', 'развитие сотрудни-\n\nчества городов', 'развитие сотрудничества городов'],
    ['capital after the hyphen keeps it', 'делегация из Улан-\nУдэ прибыла', 'делегация из Улан-Удэ прибыла'],
    ['compound adjective keeps it', 'торгово-\nэкономических миссий', 'торгово-экономических миссий'],
    ['another compound adjective', 'садово-\nпаркового строительства', 'садово-паркового строительства'],
    ['particle keeps it', 'какой-\nлибо документ', 'какой-либо документ'],
    [
      'a word found hyphenated elsewhere keeps it',
      'города-партнеры и\nгорода-\nпартнеры',
      'города-партнеры и города-партнеры',
    ],
    [
      'a word found joined elsewhere loses it',
      'сельскохозяйственной продукции и сельско-\nхозяйственной техники',
      'сельскохозяйственной продукции и сельскохозяйственной техники',
    ],
    [
      'a word of the same stems found hyphenated elsewhere keeps it',
      'с городами-партнерами и визиты городов-\nпартнеров',
      'с городами-партнерами и визиты городов-партнеров',
    ],
    [
      'both halves are words of the text',
      'делегации городов и партнеров, визиты городов-\nпартнеров',
      'делегации городов и партнеров, визиты городов-партнеров',
    ],
    ['a dash after a space is a dash', 'экспресс Павлодар -\nОмск', 'экспресс Павлодар - Омск'],
    ['split compound within a line', 'крупных информационно- экскурсионных продуктов', 'крупных информационно-экскурсионных продуктов'],
    ["a town's hyphen with spaces around it", 'в городе Усть –Илимске и в Усть - Куте', 'в городе Усть-Илимске и в Усть-Куте'],
    ['a twin city split after its hyphen', 'Тула и Брест являются городами- побратимами', 'Тула и Брест являются городами-побратимами'],
    ['a twin city split around a dash', 'делегации других городов – побратимов Тулы и городами - партнёрами', 'делегации других городов-побратимов Тулы и городами-партнёрами'],
    ['a twin city split around an em dash', 'делегацией сербского города — побратима Тулы', 'делегацией сербского города-побратима Тулы'],
    ['a dash within a line stays', 'Омск - город', 'Омск - город'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('normalise: paragraphs', () => {
  it.each([
    ['broken line joined', 'Администрация города Омска продолжила\n\nработу с партнерами.', 'Администрация города Омска продолжила работу с партнерами.'],
    ['sentence end + capital starts a paragraph', 'Первый абзац закончен.\n\nВторой абзац.', 'Первый абзац закончен.\nВторой абзац.'],
    ['? and ! end paragraphs too', 'Что удалось сделать в 2021 году?\n\nМногое!\n\nДа.', 'Что удалось сделать в 2021 году?\nМногое!\nДа.'],
    ['sentence end + lower case continues', 'и т.д.\n\nи т.п. были переданы.', 'и т.д. и т.п. были переданы.'],
    ['г. at a line end does not end a sentence', 'делегация г.\n\nОмска прибыла.', 'делегация г. Омска прибыла.'],
    ['initials at a line end do not end a sentence', 'с Мэром города Омска С.Н.\n\nШелестом.', 'с Мэром города Омска С.Н. Шелестом.'],
    ['им. at a line end', 'университета им.\n\nФ.М. Достоевского', 'университета им. Ф.М. Достоевского'],
    ['heading line', 'Город Гомель (Республика Беларусь)\n\nВ апреле состоялся визит.', 'Город Гомель (Республика Беларусь)\nВ апреле состоялся визит.'],
    ['all-caps heading', 'ОМСК\n\nМеждународная деятельность\n\nВ 2021 году прошли встречи.', 'ОМСК\nМеждународная деятельность\nВ 2021 году прошли встречи.'],
    // a stored page's date before its headline
    ['dated headline', ' date 2024-05-14 В ГОРОДЕ ПРОШЁЛ ФОРУМ\nТверь. 14 мая 2024. Форум открылся.', 'date 2024-05-14 В ГОРОДЕ ПРОШЁЛ ФОРУМ\nТверь. 14 мая 2024. Форум открылся.'],
    ['markdown heading', '## ОМСК\n\nМеждународная деятельность.', 'ОМСК\nМеждународная деятельность.'],
    ['colon + dash list', 'В 2024 году планируется:\n\n- расширение связей;\n\n- разработка проектов.', 'В 2024 году планируется:\n- расширение связей;\n- разработка проектов.'],
    ['numbered list', 'Мероприятия:\n1. Первое.\n2) Второе;\nа) третье.', 'Мероприятия:\n1. Первое.\n2) Второе;\nа) третье.'],
    ['bullets', 'Задачи\n• первая\n• вторая', 'Задачи\n• первая\n• вторая'],
    ['a line ending in a preposition is not a heading', 'Соглашение подписано с\n\nГомелем.', 'Соглашение подписано с Гомелем.'],
    ['a credit line stands alone', 'Тула встречает гостей\n© Тульские новости\n\nКлин посетила делегация Тулы.', 'Тула встречает гостей\n© Тульские новости\nКлин посетила делегация Тулы.'],
    ['a line ending with a city word is not a heading', 'Побратимом Тулы стал польский город\n\nКельце.', 'Побратимом Тулы стал польский город Кельце.'],
    ['a line ending with a comma is not a heading', 'Омск, Томск,\n\nНовосибирск.', 'Омск, Томск, Новосибирск.'],
    ['an open bracket is not a heading', 'г. Белосток (Польша), г. Минск (Республика\n\nБеларусь).', 'г. Белосток (Польша), г. Минск (Республика Беларусь).'],
    ['a line starting with a quote continues', 'во исполнение задания\n\n«Оказание услуг» выполнено.', 'во исполнение задания «Оказание услуг» выполнено.'],
    [
      'a quotation closed on the next line continues',
      'диалог «Библиотека - место в городе.\n\nОмск-Гомель».',
      'диалог «Библиотека - место в городе. Омск-Гомель».',
    ],
    ['page breaks and blank lines are not paragraphs', 'Омская делегация\f\n\n\n \n\nпосетила Минск.', 'Омская делегация посетила Минск.'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  const paragraph =
    'В апреле состоялся визит официальной делегации города Омска в Гомель во главе с Мэром города Омска ' +
    'С.Н. Шелестом. В рамках программы визита делегация приняла участие в ряде официальных встреч, посетила ' +
    'производства, технопарки и образовательные учреждения города Гомеля. По итогам визита было подписано ' +
    'Соглашение об установлении побратимских отношений между городом Омском и городом Гомелем, а также ' +
    'намечены планы Администрации города Омска и Гомельского городского исполнительного комитета на 2024 год';

  it('rejoins a hard-wrapped text (empty line after every line) and keeps its headings', () => {
    const text = 'Город Гомель (Республика Беларусь)\n\n' + wrap(paragraph + '.', 60) + 'Город Минск\n\n' + wrap(paragraph + '.', 60);
    expect(normalise(text)).toBe(`Город Гомель (Республика Беларусь)\n${paragraph}.\nГород Минск\n${paragraph}.`);
  });

  it('in a hard-wrapped text a long line ending without punctuation is not a heading', () => {
    // "…делегации города" + "Омска …": a full-width line followed by a capital is a wrapped line
    const lines = [
      'В течение 2023 года Омск и Гомель активно обменивались делегациями и опытом, а также',
      'проводили совместные мероприятия в сферах культуры и образования. В апреле состоялся',
      'визит официальной делегации города Омска в Гомель, во время которого делегации города',
      'Омска удалось посетить производства, технопарки и образовательные учреждения, провести',
      'переговоры с руководством Гомельского городского исполнительного комитета и наметить',
      'планы совместной работы на 2024 год по всем основным направлениям сотрудничества и',
      'обмена делегациями.',
    ];
    expect(normalise(lines.map((l) => `${l}\n\n`).join(''))).toBe(lines.join(' '));
    // a quotation opening the next line continues a wrapped one too
    const quoted = [...lines.slice(0, 5), 'планы совместной работы на 2024 год и провести фестиваль', '«Дружба городов» в августе.'];
    expect(normalise(quoted.map((l) => `${l}\n\n`).join(''))).toBe(quoted.join(' '));
    // a short wrapped line before a «name» continues too
    const short = ['Затем делегация Омска посетила', '«Славянский базар в Витебске» и провела встречи.'];
    expect(normalise([...lines, ...short].map((l) => `${l}\n\n`).join(''))).toBe(`${lines.join(' ')}\n${short.join(' ')}`);
    // without a wrap width a line before a quotation that opens with a capital ends its paragraph
    expect(normalise('В Туле принимали делегацию из Гомеля\n\n«Визит этот ответный», — сообщили в мэрии.')).toBe(
      'В Туле принимали делегацию из Гомеля\n«Визит этот ответный», — сообщили в мэрии.',
    );
    // without a wrap width (a paragraph-per-line text) such a line is taken for a heading
    expect(normalise('В апреле состоялся визит делегации города\n\nОмска в Гомель.')).toBe(
      'В апреле состоялся визит делегации города\nОмска в Гомель.',
    );
  });

  it('parts words a scraped page glued together, and keeps a capital inside a name', () => {
    expect(normalise('Тула и Брест стали городами-побратимамиСоглашение подписали мэры')).toBe('Тула и Брест стали городами-побратимами Соглашение подписали мэры');
    expect(normalise('Города-побратимы ТулыУ города Тулы есть побратимы')).toBe('Города-побратимы Тулы У города Тулы есть побратимы');
    expect(normalise('Кафе МакДональдс и сеть ВКонтакте')).toBe('Кафе МакДональдс и сеть ВКонтакте');
  });

  it('is deterministic and idempotent on the seeds', () => {
    for (const name of ['omsk-2016', 'omsk-2021', 'omsk-2023', 'omsk-2025', 'tomsk-2024']) {
      const once = normalise(seed(name));
      expect(normalise(seed(name))).toBe(once);
      expect(normalise(once)).toBe(once);
    }
  });
});

describe('normalise: the seed reports', () => {
  const o2021 = normalise(seed('omsk-2021'));
  const o2023 = normalise(seed('omsk-2023'));
  const t2024 = normalise(seed('tomsk-2024'));

  it.each([
    ['OMCK heading', o2021, 'ОМСК\nМеждународная деятельность\n'],
    ['ѐ', o2023, 'демонстрируя своё мастерство'],
    ['6 ООО', o2023, 'отсмотрено около 6 000 художественных работ.'],
    ['В2В', o2023, 'в формате B2B между омскими'],
    ['heading kept on its own line', o2023, '\nГород Гомель (Республика Беларусь)\n'],
    ['nested-quote heading', o2023, '\nАвтономное учреждение города Омска «Музей-исторический парк «Омская крепость»\n'],
    ['broken sentence rejoined', o2023, 'В апреле состоялся визит официальной делегации города Омска в Гомель во главе с Мэром города Омска С.Н. Шелестом.'],
    ['tomsk: wrapped list joined', t2024, 'г. Усть-Каменогорск (Казахстан), г. Чанчжоу (КНР), г. Белосток (Польша), Октябрьский район г. Минска (Республика Беларусь), г. Гомель (Республика Беларусь).\n'],
    ['tomsk: compound kept', t2024, 'садово-паркового строительства'],
    ['tomsk: split compound fixed', t2024, 'информационно-экскурсионных продуктов:'],
  ])('%s', (_name, text, fragment) => {
    expect(text).toContain(fragment);
  });

  it.each([
    ['no empty lines', /\n\n/],
    ['no ѐ', /[ѐЀ]/],
    ['no OMCK', /OMCK/],
    ['no double spaces', / {2}/],
    ['no spaces at line ends', / \n|\n /],
  ])('%s', (_name, pattern) => {
    for (const name of ['omsk-2016', 'omsk-2021', 'omsk-2023', 'omsk-2025', 'tomsk-2024']) {
      expect(normalise(seed(name))).not.toMatch(pattern);
    }
  });
});

describe('a note in brackets under a title', () => {
  it('stands on a line of its own, so the lead after it starts a paragraph', async () => {
    const { normalise } = await import('../../../import/extract/normalise.js');
    const text = normalise('Побратимы Тулы\n(справка на 1 января 2025 года)\nГорода-побратимы Тулы:\n1. Брест (Беларусь)\n');
    expect(text.split('\n')).toContain('Города-побратимы Тулы:');
  });
});

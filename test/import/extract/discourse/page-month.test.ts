import { beforeAll, describe, expect, it } from 'vitest';
import { yearOfMonths } from '../../../../import/extract/discourse/page-month.js';
import { extractText } from '../../../../import/extract/extract.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';

beforeAll(loadMorph);

describe("a month later than a news page's date", () => {
  it('is of the year before the page, unless the sentence names a year or a plan', () => {
    expect(yearOfMonths('В ноябре делегация посетила Брест.', 2024, 1)).toBe(2023);
    expect(yearOfMonths('В январе делегация посетила Брест.', 2024, 3)).toBeNull();
    expect(yearOfMonths('В ноябре 2024 года делегация посетит Брест.', 2024, 1)).toBeNull();
    expect(yearOfMonths('В ноябре планируется визит в Брест.', 2024, 1)).toBeNull();
    expect(yearOfMonths('В ноябре делегация посетила Брест.', 2024, null)).toBeNull();
    // a sentence in the future tells of the page's own year
    expect(yearOfMonths('В ноябре в Тулу приедут артисты из Бреста.', 2024, 9)).toBeNull();
    expect(yearOfMonths('В декабре в Туле состоится форум городов-побратимов.', 2024, 9)).toBeNull();
    // the future of a relative clause is not the sentence's
    expect(yearOfMonths('В ноябре Тула подписала соглашение, которое будет действовать пять лет.', 2024, 1)).toBe(2023);
  });

  it("dates a past trip of a later month in the year before a page's", async () => {
    const x = await extractText('Тула, 20.02.2024\nВ декабре делегация Тулы посетила Брест.\n', { file: 'tula.txt' });
    expect(x.relations.filter((r) => r.kind === 'VISIT').map((r) => `${r.year}/${r.month}`)).toEqual(['2023/12']);
  });

  it("dates a chronicle's entries by the date that opens them", async () => {
    const text = 'Хроника внешних связей Тулы\nII квартал 2022 года\n\n12 мая. В Туле побывала делегация Бреста.\nГости осмотрели завод.\n';
    const x = await extractText(text, { file: 'tula.txt' });
    expect(x.relations.filter((r) => r.kind === 'VISIT').map((r) => `${r.year}/${r.month}`)).toEqual(['2022/5']);
  });
});

describe('years a sentence takes from the one before', () => {
  it('goes on about "в прошлом году" in the next sentence, and "в тот же день" skips a period', async () => {
    const year = async (text: string, kind: string, id: string) => {
      const x = await extractText(text, { file: 'tula.txt' });
      return x.relations.find((r) => r.kind === kind && (r.source === id || r.target === id))?.year;
    };
    const speech = 'Выступление главы Тулы, 20 января 2025 года.\nВ прошлом году Тулу посетила делегация Гомеля.\nМы подписали соглашение о сотрудничестве с Брестом.\n';
    expect(await year(speech, 'AGREEMENT', 'city:brest')).toBe(2024);
    const plan = 'Тула, 20 марта 2025 года.\nТула и Гродно подписали план на 2026–2028 годы.\nВ тот же день Тула и Гродно провели совместный концерт.\n';
    expect(await year(plan, 'CONTACT', 'city:grodno')).toBe(2025);
  });
});

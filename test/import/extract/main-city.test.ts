// The text's own city, decided from the whole document (import/extract/main-city.ts via extractText).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../import/extract/extract.js';

const cityOf = async (text: string) => (await extractText(text, { file: 'page.txt' })).report.city;

describe('main city', () => {
  it.each([
    ['the mayor named in the lead', 'Мэр Тамбова встретился с гостями из Китая.\nГости из Харбина осмотрели музеи и парки.'],
    ['the host of a delegation, not its home', 'В Тамбов прибыла делегация из Липецка.\nДелегация из Липецка провела переговоры с администрацией.'],
    ['a city over a foreign partner named as often', 'Тамбов и Харбин подписали соглашение.\nХарбин находится на северо-востоке Китая. Тамбов готовит ответный визит.'],
    ['a dateline', 'Тамбов. 12 мая. НОВОСТИ - Делегация Пензы и делегация Рязани обсудили туристические маршруты.'],
  ])('%s', async (_what, text) => {
    expect(await cityOf(text)).toBe('Тамбов');
  });

  it('keeps a report heading city', async () => {
    expect(await cityOf('ТАМБОВ\nОтчёт о международной деятельности за 2023 год\nВ 2023 году Тамбов посетила делегация Пензы. Тамбов развивает связи.')).toBe('Тамбов');
  });
});

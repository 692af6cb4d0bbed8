// The guests a paragraph told of, going on elsewhere ("Затем делегация отправилась в Курск"): their trip, not the
// reporting city's (discourse/index.ts noteVisit, relations/visit-words.ts guestsGoingOn).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';

const visits = async (text: string) =>
  (await extractText(text, { file: 'page.txt' })).relations.filter((r) => r.kind === 'VISIT').map((r) => `${r.source} ${r.target}`);

describe('guests going on', () => {
  it('sends the guests who came earlier in the paragraph on their next trip', async () => {
    expect(await visits('Тула, 5 мая 2023.\nВ Тулу прибыла делегация Бреста. Затем делегация отправилась в Рязань.')).toEqual([
      'city:brest city:tula',
      'city:brest city:ryazan',
    ]);
    expect(await visits('Тула, 5 мая 2023.\nВ Тулу прибыли гости из Бреста. Гости также посетили Рязань.')).toEqual([
      'city:brest city:tula',
      'city:brest city:ryazan',
    ]);
  });

  it("keeps the reporter's own delegation, named or in a paragraph of its own, as the traveller", async () => {
    expect(await visits('Тула, 5 мая 2023.\nВ Тулу прибыла делегация Бреста. Делегация Тулы посетила Рязань.')).toEqual([
      'city:brest city:tula',
      'city:tula city:ryazan',
    ]);
    expect(await visits('Тула, 5 мая 2023.\nВ Тулу прибыла делегация Бреста.\nЗатем делегация отправилась в Рязань.')).toEqual([
      'city:brest city:tula',
      'city:tula city:ryazan',
    ]);
    expect(await visits('Тула, 5 мая 2023.\nВ мае Тулу посетила делегация Бреста. Затем делегация администрации выехала в Рязань.')).toEqual([
      'city:brest city:tula',
      'city:tula city:ryazan',
    ]);
    expect(await visits('Тула, 5 мая 2023.\nВ мае Тулу посетила делегация Бреста. Представители администрации стали гостями фестиваля в Рязани.')).not.toContain(
      'city:brest city:ryazan',
    );
  });
});

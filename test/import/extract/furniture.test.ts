// Page furniture gives nothing: tag lists, share buttons, links to other stories, photo credits (sentences of our own).
import { describe, expect, it } from 'vitest';
import { creditInside, isFurniture } from '../../../import/extract/furniture.js';
import { extractText } from '../../../import/extract/extract.js';

describe('page furniture', () => {
  it.each([
    ['Теги: Гомель, Минск, побратимы'],
    ['Метки: международное сотрудничество'],
    ['Поделиться: ВКонтакте, Телеграм'],
    ['Читайте также: Вологодские спортсмены победили в Гродно'],
    ['Фото: Иван Петров / пресс-служба'],
    ['Источник: пресс-служба мэрии'],
  ])('%s is furniture', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    ['Тулу посетили представители Минска.'],
    ['Фотовыставка «Гомель глазами туляков» открылась в мае.'],
    ['Поделились опытом с коллегами из Бреста.'],
    // a photo credit the page's markup ran into the lead paragraph
    ['Фото: пресс-служба администрации Тулы Тульские школьники и их сверстники из Бреста провели совместный концерт в Доме культуры, а затем посетили музей.'],
  ])('%s is part of the story', (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it('finds a photo credit run into a sentence, to the end of its line', () => {
    const line = 'Соглашение подписано 16 ноября Фото: сайт представительства Республики Татарстан в Тульской области\n';
    expect(line.slice(creditInside(line)!.start, creditInside(line)!.end)).toBe('Фото: сайт представительства Республики Татарстан в Тульской области');
    expect(creditInside('Фотовыставка «Тула: вчера и сегодня» открылась в мае.')).toBeNull();
    // a publication after the copyright sign
    const signed = 'Делегация прибыла © Тульская правда в Клин.';
    expect(signed.slice(creditInside(signed)!.start, creditInside(signed)!.end)).toBe('© Тульская правда');
  });

  it("a photo credit inside a sentence gives no side of the story's agreement", async () => {
    const x = await extractText(
      'Тула, 18 ноября 2022 г.\n\nТула и Брест стали партнёрами.\n\nГлавы городов подписали соглашение о сотрудничестве 16 ноября Фото: сайт представительства Республики Беларусь в Тульской области\n\nГлавы городов обсудили планы.\n',
      { file: 't.txt' },
    );
    expect(x.relations.filter((r) => r.kind === 'AGREEMENT').map((r) => [r.source, r.target].sort().join(' '))).toEqual(['city:brest city:tula']);
  });

  it('a tag line names no twins', async () => {
    const x = await extractText('Тула, 10 мая 2022 г.\n\nТулу посетили представители Минска.\n\nТеги: Гомель, Минск, побратимы\n', { file: 't.txt' });
    expect(x.relations.filter((r) => r.kind === 'TWIN')).toEqual([]);
    expect(x.relations.some((r) => r.kind === 'VISIT' && r.source === 'city:minsk')).toBe(true);
  });
});

// Page furniture gives nothing: tag lists, share buttons, links to other stories, photo credits (sentences of our own).
import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../../import/extract/furniture.js';
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

  it('a tag line names no twins', async () => {
    const x = await extractText('Тула, 10 мая 2022 г.\n\nТулу посетили представители Минска.\n\nТеги: Гомель, Минск, побратимы\n', { file: 't.txt' });
    expect(x.relations.filter((r) => r.kind === 'TWIN')).toEqual([]);
    expect(x.relations.some((r) => r.kind === 'VISIT' && r.source === 'city:minsk')).toBe(true);
  });
});

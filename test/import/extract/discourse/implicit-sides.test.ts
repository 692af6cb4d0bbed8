// Sides a sentence leaves implicit: a list item naming only the partner, "города", "стороны".
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';

beforeAll(loadMorph);

describe('sides the text left implicit', () => {
  const facts2 = async (text: string) => {
    const x = await extractText(text, { file: 'tula.txt' });
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
    // Undirected kinds, so each pair in a fixed order.
    return x.relations
      .filter((r) => r.kind !== 'VISIT' && r.kind !== 'LOCATED_IN')
      .map((r) => `${r.kind} ${[name(r.source), name(r.target)].sort().join(' ')} ${r.year ?? '-'}`);
  };

  it('reads a partner item with a dash and its document as the reporter’s agreement, not the last twin’s', async () => {
    const text = 'Тула, 01.12.2024\nГорода-побратимы:\n1. Брест (Беларусь) — с 2005 года\nГорода-партнёры:\n• Павлодар (Казахстан) — соглашение о сотрудничестве подписано в 2019 году;\n';
    expect(await facts2(text)).toContain('AGREEMENT Павлодар Тула 2019');
    expect((await facts2(text)).some((f) => f.includes('Брест Павлодар'))).toBe(false);
  });

  it('reads "города заключили" as the two cities the text is about', async () => {
    const text = 'Тула, 14.05.2024\nДелегация Тулы посетила Гродно.\nСтороны обсудили договор о побратимстве, который города заключили в 2009 году.\n';
    expect(await facts2(text)).toEqual(['TWIN Гродно Тула 2009']);
  });

  it('reads "стороны" as the two parties the sentence before named', async () => {
    const text = 'Тула, 14.05.2024\nВ апреле ТулГУ принимал делегацию Брестского государственного университета.\nПо итогам встречи стороны подписали меморандум о взаимопонимании.\n';
    expect(await facts2(text)).toEqual(['AGREEMENT Брестский государственный университет ТулГУ 2024']);
  });

  it('reads "двух ректоров" as the two universities the sentence before named', async () => {
    const text = 'Тула, 14.05.2024\nВ апреле ТулГУ посетили представители Брестского государственного университета.\nПо итогам встречи двух ректоров был подписан договор о сотрудничестве.\n';
    expect(await facts2(text)).toEqual(['AGREEMENT Брестский государственный университет ТулГУ 2024']);
  });

  it('reads "между университетами" as the two universities the sentence before named', async () => {
    const text = 'Тула, 14.05.2024\nВ апреле ТулГУ посетили представители Брестского государственного университета.\nМежду университетами был подписан меморандум о взаимопонимании.\n';
    expect(await facts2(text)).toEqual(['AGREEMENT Брестский государственный университет ТулГУ 2024']);
  });

  it('reads "мэры городов" as the two cities the sentence before named', async () => {
    const text = 'Гомель, 14.05.2024\nВласти Ярославля и Гродно договорились о дружбе.\nМэры городов подписали меморандум о сотрудничестве.\n';
    expect(await facts2(text)).toEqual(['AGREEMENT Гродно Ярославль 2024']);
  });

  it('keeps the sides of the talks past sentences that name none, or many, for a few sentences only', async () => {
    const visit = 'Тула, 14.05.2024\nВ апреле ТулГУ принимал делегацию Брестского государственного университета.\n';
    const tour = 'Гостей провели по Тульскому музею оружия, Музею самоваров и Тульскому музею изобразительных искусств.\n';
    const signed = 'По итогам встречи стороны подписали меморандум о взаимопонимании.\n';
    expect(await facts2(visit + tour + signed)).toEqual(['AGREEMENT Брестский государственный университет ТулГУ 2024']);
    const filler = 'Погода была тёплой.\n'.repeat(4);
    expect((await facts2(visit + filler + signed)).some((f) => f.includes('Брестский'))).toBe(false);
  });
});

describe('the event the text goes on about', () => {
  it('stays the one held, not one the sides agreed to hold later', async () => {
    const text =
      'Тула, 16.05.2024\nДелегация Тулы принимает участие в Международном форуме «Сибирь» в Новосибирске.\n' +
      'Стороны договорились провести в Бресте Дни Тулы.\n' +
      'На стенде области прошли переговоры с делегацией казахстанского города Павлодара.\n';
    const x = await extractText(text, { file: 'tula.txt' });
    const visits = x.relations.filter((r) => r.kind === 'VISIT').map((r) => `${r.source} ${r.target}`);
    expect(visits).toContain('city:pavlodar city:novosibirsk');
  });
});

describe('guests of an event held in the reporting city', () => {
  it('gives the cities whose officials or delegations take part a visit to it', async () => {
    const text =
      'Тула, 10.10.2024\nВ Туле открылся Международный форум «Дружба городов».\n' +
      'В работе форума принимают участие мэр Гомеля Иван Петров и делегация Павлодара.\n';
    const x = await extractText(text, { file: 'tula.txt' });
    const visits = x.relations.filter((r) => r.kind === 'VISIT').map((r) => `${r.source} ${r.target}`);
    expect(visits.sort()).toEqual(['city:gomel city:tula', 'city:pavlodar city:tula']);
  });

  it('gives none for an event abroad the reporter took part in', async () => {
    const text = 'Тула, 10.10.2024\nВ Гомеле открылся Международный форум «Дружба городов».\nВ работе форума принимает участие мэр Бреста.\n';
    const x = await extractText(text, { file: 'tula.txt' });
    expect(x.relations.filter((r) => r.kind === 'VISIT')).toEqual([]);
  });
});

describe('who took part, told right after the event', () => {
  it('links a list after "из" in the next sentence to the event, and makes the towns partners of its network', async () => {
    const text =
      'Тула, 3 сентября 2024 года\nВ Туле завершился Фестиваль городов-партнёров Тулы «Дружба».\n' +
      'На сцене выступили творческие коллективы из Гомеля, Бреста и Павлодара.\n';
    const x = await extractText(text, { file: 'tula.txt' });
    const of = (kind: string) => x.relations.filter((r) => r.kind === kind).map((r) => [r.source, r.target].filter((id) => id !== 'city:tula' && !id.startsWith('event:'))[0]).sort();
    expect(of('PARTICIPATED_IN')).toEqual(['city:brest', 'city:gomel', 'city:pavlodar']);
    expect(of('PARTNER')).toEqual(['city:brest', 'city:gomel', 'city:pavlodar']);
  });
});

describe('who came to the event, told after a sentence about it', () => {
  const participants = async (text: string) => {
    const x = await extractText(text, { file: 'tula.txt' });
    return x.relations.filter((r) => r.kind === 'PARTICIPATED_IN').map((r) => r.source).sort();
  };

  it('links a counted list of towns that came, past a sentence that opens with the event’s noun', async () => {
    const text =
      'Тула, 3 сентября 2024 года\nВ Туле прошёл Фестиваль народных ремёсел «Тульский пряник». Фестиваль организован управлением культуры.\n' +
      'На тульскую землю приехали мастера из четырёх городов: Гомеля и Бреста (Беларусь), Павлодара и Бишкека.\n';
    expect(await participants(text)).toEqual(['city:bishkek', 'city:brest', 'city:gomel', 'city:pavlodar']);
  });

  it('links no town that came after a sentence about something else', async () => {
    const text =
      'Тула, 3 сентября 2024 года\nВ Туле прошёл Фестиваль народных ремёсел «Тульский пряник». Погода была тёплой.\n' +
      'На тульскую землю приехали мастера из четырёх городов: Гомеля и Бреста (Беларусь), Павлодара и Бишкека.\n';
    expect(await participants(text)).toEqual([]);
  });
});

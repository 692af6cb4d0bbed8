import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../../../import/extract/sentence-mentions.js';
import { visitRule } from '../../../../import/extract/relations/visit.js';
import { agreementRule } from '../../../../import/extract/relations/agreement.js';
import { ready, run } from '../../../support/sentence.js';

beforeAll(async () => {
  await loadMorph();
  await ready();
});

const places = (text: string) =>
  mentionsOf({ text, start: 0, end: text.length }, 'city:kursk')
    .mentions.filter((m) => m.kind === 'City' || m.kind === 'Country' || m.kind === 'Region')
    .map((m) => `${m.id} «${text.slice(m.start, m.end)}»`);

describe('capitals named by their country or region', () => {
  it.each([
    ['Делегация посетила столицу Беларуси.', ['city:minsk «столицу Беларуси»']],
    ['Переговоры прошли в столице Китайской Народной Республики.', ['city:beijing «столице Китайской Народной Республики»']],
    ['Школьники выступили в белорусской столице.', ['city:minsk «белорусской столице»']],
    ['Мэр выезжал в Северную столицу.', ['city:saint-petersburg «Северную столицу»']],
    ['Подписано соглашение со столицей Хабаровского края.', ['city:khabarovsk «столицей Хабаровского края»']],
    ['Спортсмены выступили в амурской столице.', ['city:blagoveshchensk «амурской столице»']],
    ['Врачи побывали в столице провинции Хэйлунцзян.', ['city:harbin «столице провинции Хэйлунцзян»']],
    // a republic by its short name, which names no region by itself
    ['Хор выступил в столице Бурятии.', ['city:ulan-ude «столице Бурятии»']],
    ['Договор подписан со столицей Чувашии.', ['city:cheboksary «столицей Чувашии»']],
    ['Гости прибыли из столицы Республики Коми.', ['city:syktyvkar «столицы Республики Коми»']],
    ['Форум прошёл в столице Югры.', ['city:khanty-mansiysk «столице Югры»']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('a title or a definition names no capital', () => {
    expect(places('Курск стал молодёжной столицей России.')).toEqual(['city:kursk «Курск»', 'country:RU «России»']);
    expect(places('Минск — столица Беларуси.')).toEqual(['city:minsk «Минск»', 'country:BY «Беларуси»']);
    expect(places('Гости побывали в культурной столице.')).toEqual([]);
  });

  it('a capital named right after is read by its name, once', () => {
    expect(places('Встреча прошла в столице Казахстана — Астане.')).toEqual(['country:KZ «Казахстана»', 'city:astana «Астане»']);
  });

  it('the relation rules read the capital as the city', () => {
    expect(run(visitRule, 'В мае делегация Курска посетила столицу Монголии.', { reportCityId: 'city:kursk' })).toEqual([
      'VISIT city:kursk city:ulaanbaatar 2023/5',
    ]);
    expect(run(agreementRule, 'В июне Курск подписал соглашение о сотрудничестве со столицей Оренбургской области.', { reportCityId: 'city:kursk' })).toEqual([
      'AGREEMENT city:kursk city:orenburg 2023/6 signed',
    ]);
  });
});

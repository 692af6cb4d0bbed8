import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRule } from '../../../../import/extract/relations/agreement.js';
import { ready, run } from '../../../support/sentence.js';

beforeAll(ready);

describe('agreement rule', () => {
  it.each([
    ['В апреле подписано соглашение о сотрудничестве между городом Омском и городом Павлодаром.', ['AGREEMENT city:omsk city:pavlodar 2023/4 signed']],
    ['Заключено соглашение о дружбе и сотрудничестве с Бишкеком (Киргизия).', ['AGREEMENT city:omsk city:bishkek 2023 signed']],
    ['В мае подготовлен проект соглашения о сотрудничестве с городом Ташкентом.', ['AGREEMENT city:omsk city:tashkent 2023/5 planned']],
    ['Достигнуты предварительные договорённости о сотрудничестве с городом Астаной.', ['AGREEMENT city:omsk city:astana 2023 planned']],
    [
      'Между администрацией города Омска и другими городами действуют соглашения о сотрудничестве: г. Бургас (Болгария), г. Харбин (КНР).',
      ['AGREEMENT city:omsk city:burgas - signed', 'AGREEMENT city:omsk city:harbin - signed'],
    ],
    ['Соглашение о сотрудничестве действует с 2019 года с городом Алматы.', ['AGREEMENT city:omsk city:almaty 2019 signed']],
  ])('%s', (text, expected) => {
    expect(run(agreementRule, text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Подписано соглашение об установлении побратимских связей с городом Бишкеком.'],
    ['Данные соглашения охватывают сферы экономики и культуры.'],
    ['Ассоциация «Сибирское соглашение» провела заседание.'],
  ])('gives no agreement: %s', (text) => {
    expect(run(agreementRule, text)).toEqual([]);
  });

  it('takes the topic city for a signing under its heading', () => {
    expect(run(agreementRule, 'По итогам форума подписаны 3 соглашения о сотрудничестве.', { topicCityId: 'city:pavlodar' })).toEqual([
      'AGREEMENT city:omsk city:pavlodar 2023 signed',
    ]);
  });
});

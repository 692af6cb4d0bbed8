import { beforeAll, describe, expect, it } from 'vitest';
import { twinRule } from '../../../../import/extract/relations/twin.js';
import { ready, run } from '../../../support/sentence.js';

beforeAll(ready);

describe('twin rule', () => {
  it.each([
    [
      'В июне подписано Соглашение об установлении побратимских связей между городом Омском и городом Бишкеком.',
      ['TWIN city:omsk city:bishkek 2023'],
    ],
    ['Материалы были направлены в китайские города-побратимы Харбин, Далянь и Шэньян.', ['TWIN city:omsk city:harbin -', 'TWIN city:omsk city:dalian -', 'TWIN city:omsk city:shenyang -']],
    ['Мастер-класс прошёл для школьников города-побратима Бургаса.', ['TWIN city:omsk city:burgas -']],
    ['Гомель — город-побратим Омска.', ['TWIN city:gomel city:omsk -']],
  ])('%s', (text, expected) => {
    expect(run(twinRule, text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Планируется подписание соглашения об установлении побратимских связей с городом Ташкентом.'],
    ['В рамках побратимских связей проведены дни культуры.'],
    ['Омск поддерживает партнёрские отношения с городом Павлодаром.'],
  ])('gives no twin link: %s', (text) => {
    expect(run(twinRule, text)).toEqual([]);
  });

  it('pairs "нашими городами" with the topic city', () => {
    expect(run(twinRule, 'Было подписано Соглашение об установлении побратимских связей между нашими городами.', { topicCityId: 'city:minsk' })).toEqual([
      'TWIN city:omsk city:minsk 2023',
    ]);
  });
});

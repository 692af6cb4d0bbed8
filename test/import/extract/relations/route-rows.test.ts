import { beforeAll, describe, expect, it } from 'vitest';
import { routeRowRule } from '../../../../import/extract/relations/route-rows.js';
import { ready, run } from '../../../support/sentence.js';

beforeAll(ready);

describe('route rows', () => {
  it("reads a row of a table of visits as a trip along its route's cell, dated by its month's cell", () => {
    expect(run(routeRowRule, 'Май | Омск – Павлодар | первый заместитель мэра | подписан протокол о намерениях')).toEqual(['VISIT city:omsk city:pavlodar 2023/5']);
    expect(run(routeRowRule, 'Сентябрь | Гомель – Омск | председатель горисполкома | Дни Гомеля')).toEqual(['VISIT city:gomel city:omsk 2023/9']);
  });

  it('reads no route from a cell of two towns with more in it, nor from a line with one bar', () => {
    expect(run(routeRowRule, 'Май | делегации Омска и Павлодара | встреча')).toEqual([]);
    expect(run(routeRowRule, '10:15 | Омск – Павлодар')).toEqual([]);
  });
});

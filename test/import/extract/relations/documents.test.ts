import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRule } from '../../../../import/extract/relations/agreement.js';
import { twinRule } from '../../../../import/extract/relations/twin.js';
import { ready, run } from '../../../support/sentence.js';

beforeAll(ready);

/** Both document rules on one sentence of our own, sorted. */
const both = (text: string) => [...run(twinRule, text, { reportCityId: 'city:tula' }), ...run(agreementRule, text, { reportCityId: 'city:tula' })].sort();

describe('several documents in one sentence', () => {
  it('reads each subject after the document word as a document of its own, of its own kind', () => {
    expect(both('Договор о дружбе подписан с городом Брест (Беларусь), о породнении с городом Гданьск (Польша), о сотрудничестве с городом Гродно.')).toEqual(
      ['AGREEMENT city:tula city:brest 2023 signed', 'TWIN city:tula city:gdansk -', 'AGREEMENT city:tula city:grodno 2023 signed'].sort(),
    );
  });

  it('reads a second document joined by "и" with the words before the first', () => {
    expect(both('В прошлом году мэр подписал меморандум с городом Брестом, и протокол о намерениях между городами Пенза и Гродно.')).toEqual(
      ['AGREEMENT city:tula city:brest 2022 signed', 'AGREEMENT city:penza city:grodno 2022 signed'].sort(),
    );
  });

  it('reads a second document that a verb of its own signs, with the sides named before the first', () => {
    expect(both('Мэры Тулы и Бреста вспомнили о договоре о побратимских связях, заключённом в 2008 году, и подписали протокол о намерениях.')).toEqual(
      ['TWIN city:tula city:brest 2008', 'AGREEMENT city:tula city:brest 2023 signed'].sort(),
    );
  });

  it('reads a document in a relative clause on a twin as that twin\'s, no agreement of the list', () => {
    expect(both('Побратимы Тулы — это Гомель, с которым договор был подписан в 1997 году, и литовский Каунас.')).toEqual(
      ['TWIN city:tula city:gomel 1997', 'TWIN city:tula city:kaunas -'].sort(),
    );
  });

  it('leaves one document with one subject whole', () => {
    expect(both('Подписано соглашение о сотрудничестве в области культуры, образования и спорта с городом Брестом.')).toEqual([
      'AGREEMENT city:tula city:brest 2023 signed',
    ]);
  });
});

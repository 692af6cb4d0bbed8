import { beforeAll, describe, expect, it } from 'vitest';
import { relationsOfSentence } from '../../../../import/extract/relations/index.js';
import { brief, contextFor, ready } from '../../../support/sentence.js';

beforeAll(ready);

const visits = (text: string) => relationsOfSentence(contextFor(text)).map(brief).filter((r) => r.startsWith('VISIT'));

describe('a document signed in one side\'s town', () => {
  it("sends the other side there", () => {
    expect(visits('Соглашение о сотрудничестве между Омском и Тобольском подписали в мае в Тобольске главы двух городов.')).toEqual(['VISIT city:omsk city:tobolsk 2023/5']);
    expect(visits('Соглашение о побратимстве Омска и Гомеля было подписано в Гомеле.')).toEqual(['VISIT city:omsk city:gomel 2023']);
  });

  it('reads the offices of one side as its town, where the signing was done there', () => {
    expect(visits('В мае в администрации города Тобольска главы Омска и Тобольска подписали соглашение о сотрудничестве.')).toEqual(['VISIT city:omsk city:tobolsk 2023/5']);
    expect(visits('Соглашение между Омском и Тобольском, согласованное в администрации Тобольска, подписано в мае.')).toEqual([]);
  });

  it('sends nobody when the signing was online, planned or the town is where the content happens', () => {
    expect(visits('Соглашение о сотрудничестве между Омском и Тобольском подписали в Тобольске в режиме видеоконференции.')).toEqual([]);
    expect(visits('Омск и Тобольск планируют подписать соглашение о сотрудничестве в Тобольске.')).toEqual([]);
    expect(visits('Омск и Тобольск подписали соглашение о сотрудничестве, которое предусматривает летнюю школу в Тобольске.')).toEqual([]);
    // the weather line of a page glued to its headline
    expect(visits('Погода в Тобольске: +24 °С Омск и Тобольск подписали соглашение о сотрудничестве')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';

/** The PARTNER pairs of a text's extraction, each as "a — b". */
async function partners(text: string): Promise<string[]> {
  const x = await extractText(text, { file: 'test.txt' });
  return x.relations.filter((r) => r.kind === 'PARTNER').map((r) => `${r.source} — ${r.target}`);
}

describe('partners told across sentences', () => {
  it('makes partners of the delegations that follow "делегации городов-побратимов, городов …"', async () => {
    const got = await partners(
      'Глава Омска принял гостей праздника.\n' +
        'В мэрии Омска прошла встреча с делегациями городов-побратимов, городов соседних областей и районов.\n' +
        'Делегации из Павлодара, Тюмени и Гродно прибыли в Омск на юбилей города.\n',
    );
    expect(got).toEqual(expect.arrayContaining(['city:omsk — city:pavlodar', 'city:omsk — city:tyumen', 'city:grodno — city:omsk']));
  });

  it('makes a partner of every city that came to an event of the partner cities of X, however the text says it came', async () => {
    const got = await partners(
      'Город Тула\n' +
        'В июне 2023 года в Туле прошёл фестиваль городов-партнёров Тулы «Оружейная слава».\n' +
        'На фестиваль приехали делегации белорусских городов Гомель и Брест.\n',
    );
    expect(got).toEqual(expect.arrayContaining(['city:gomel — city:tula', 'city:brest — city:tula']));
  });

  it('leaves delegations of twin cities alone to the TWIN rule', async () => {
    const got = await partners(
      'Глава Омска принял делегации городов-побратимов Омска.\n' +
        'Делегации из Павлодара и Гродно прибыли в Омск на юбилей города.\n',
    );
    expect(got).toEqual([]);
  });

  it('makes a partner of the city an agreement was just signed with when the count of partners grows', async () => {
    const got = await partners(
      'В мае подписано соглашение о сотрудничестве между Омском и Брестом.\n' +
        'Таким образом, число городов-партнёров Омска достигло 30.\n',
    );
    expect(got).toEqual(['city:brest — city:omsk']);
  });
});
